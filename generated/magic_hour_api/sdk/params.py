"""Every request parameter type (TypedDict), for annotating your own variables; written from openapi.yaml."""

from .v1.ai_clothes_changer import (
    V1AiClothesChangerCreateBodyAssets,
    V1AiClothesChangerGenerateBodyAssets,
)
from .v1.ai_face_editor import (
    V1AiFaceEditorCreateBodyAssets,
    V1AiFaceEditorCreateBodyStyle,
    V1AiFaceEditorGenerateBodyAssets,
)
from .v1.ai_gif_generator import V1AiGifGeneratorCreateBodyStyle
from .v1.ai_headshot_generator import (
    V1AiHeadshotGeneratorCreateBodyAssets,
    V1AiHeadshotGeneratorCreateBodyStyle,
    V1AiHeadshotGeneratorGenerateBodyAssets,
)
from .v1.ai_image_editor import (
    V1AiImageEditorCreateBodyAssets,
    V1AiImageEditorCreateBodyStyle,
    V1AiImageEditorGenerateBodyAssets,
)
from .v1.ai_image_generator import V1AiImageGeneratorCreateBodyStyle
from .v1.ai_image_upscaler import (
    V1AiImageUpscalerCreateBodyAssets,
    V1AiImageUpscalerCreateBodyStyle,
    V1AiImageUpscalerGenerateBodyAssets,
)
from .v1.ai_meme_generator import V1AiMemeGeneratorCreateBodyStyle
from .v1.ai_qr_code_generator import V1AiQrCodeGeneratorCreateBodyStyle
from .v1.ai_talking_photo import (
    V1AiTalkingPhotoCreateBodyAssets,
    V1AiTalkingPhotoCreateBodyStyle,
    V1AiTalkingPhotoGenerateBodyAssets,
)
from .v1.ai_video_editor import (
    V1AiVideoEditorCreateBodyAssets,
    V1AiVideoEditorCreateBodyStyle,
    V1AiVideoEditorGenerateBodyAssets,
)
from .v1.ai_video_translator import (
    V1AiVideoTranslatorCreateBodyAssets,
    V1AiVideoTranslatorGenerateBodyAssets,
)
from .v1.ai_voice_cloner import (
    V1AiVoiceClonerCreateBodyAssets,
    V1AiVoiceClonerCreateBodyStyle,
    V1AiVoiceClonerGenerateBodyAssets,
)
from .v1.ai_voice_generator import V1AiVoiceGeneratorCreateBodyStyle
from .v1.animation import (
    V1AnimationCreateBodyAssets,
    V1AnimationCreateBodyStyle,
    V1AnimationGenerateBodyAssets,
)
from .v1.audio_to_video import (
    V1AudioToVideoCreateBodyAssets,
    V1AudioToVideoCreateBodyStyle,
    V1AudioToVideoGenerateBodyAssets,
)
from .v1.auto_subtitle_generator import (
    V1AutoSubtitleGeneratorCreateBodyAssets,
    V1AutoSubtitleGeneratorCreateBodyStyle,
    V1AutoSubtitleGeneratorCreateBodyStyleCustomConfig,
    V1AutoSubtitleGeneratorGenerateBodyAssets,
)
from .v1.body_swap import V1BodySwapCreateBodyAssets, V1BodySwapGenerateBodyAssets
from .v1.character_replace import (
    V1CharacterReplaceCreateBodyAssets,
    V1CharacterReplaceCreateBodyStyle,
    V1CharacterReplaceCreateBodyStylePointsItem,
    V1CharacterReplaceGenerateBodyAssets,
)
from .v1.face_detection import (
    V1FaceDetectionCreateBodyAssets,
    V1FaceDetectionGenerateBodyAssets,
)
from .v1.face_swap import (
    V1FaceSwapCreateBodyAssets,
    V1FaceSwapCreateBodyAssetsFaceMappingsItem,
    V1FaceSwapCreateBodyStyle,
    V1FaceSwapGenerateBodyAssets,
    V1FaceSwapGenerateBodyAssetsFaceMappingsItem,
)
from .v1.face_swap_photo import (
    V1FaceSwapPhotoCreateBodyAssets,
    V1FaceSwapPhotoCreateBodyAssetsFaceMappingsItem,
    V1FaceSwapPhotoGenerateBodyAssets,
    V1FaceSwapPhotoGenerateBodyAssetsFaceMappingsItem,
)
from .v1.files import V1FilesUploadUrlsCreateBodyItemsItem
from .v1.head_swap import V1HeadSwapCreateBodyAssets, V1HeadSwapGenerateBodyAssets
from .v1.image_background_remover import (
    V1ImageBackgroundRemoverCreateBodyAssets,
    V1ImageBackgroundRemoverGenerateBodyAssets,
)
from .v1.image_to_video import (
    V1ImageToVideoCreateBodyAssets,
    V1ImageToVideoCreateBodyStyle,
    V1ImageToVideoGenerateBodyAssets,
)
from .v1.lip_sync import (
    V1LipSyncCreateBodyAssets,
    V1LipSyncCreateBodyStyle,
    V1LipSyncGenerateBodyAssets,
)
from .v1.photo_colorizer import (
    V1PhotoColorizerCreateBodyAssets,
    V1PhotoColorizerGenerateBodyAssets,
)
from .v1.text_to_video import (
    V1TextToVideoCreateBodyReferencesItem,
    V1TextToVideoCreateBodyStyle,
)
from .v1.video_to_video import (
    V1VideoToVideoCreateBodyAssets,
    V1VideoToVideoCreateBodyStyle,
    V1VideoToVideoGenerateBodyAssets,
)

__all__ = [
    "V1AiClothesChangerCreateBodyAssets",
    "V1AiClothesChangerGenerateBodyAssets",
    "V1AiFaceEditorCreateBodyAssets",
    "V1AiFaceEditorCreateBodyStyle",
    "V1AiFaceEditorGenerateBodyAssets",
    "V1AiGifGeneratorCreateBodyStyle",
    "V1AiHeadshotGeneratorCreateBodyAssets",
    "V1AiHeadshotGeneratorCreateBodyStyle",
    "V1AiHeadshotGeneratorGenerateBodyAssets",
    "V1AiImageEditorCreateBodyAssets",
    "V1AiImageEditorCreateBodyStyle",
    "V1AiImageEditorGenerateBodyAssets",
    "V1AiImageGeneratorCreateBodyStyle",
    "V1AiImageUpscalerCreateBodyAssets",
    "V1AiImageUpscalerCreateBodyStyle",
    "V1AiImageUpscalerGenerateBodyAssets",
    "V1AiMemeGeneratorCreateBodyStyle",
    "V1AiQrCodeGeneratorCreateBodyStyle",
    "V1AiTalkingPhotoCreateBodyAssets",
    "V1AiTalkingPhotoCreateBodyStyle",
    "V1AiTalkingPhotoGenerateBodyAssets",
    "V1AiVideoEditorCreateBodyAssets",
    "V1AiVideoEditorCreateBodyStyle",
    "V1AiVideoEditorGenerateBodyAssets",
    "V1AiVideoTranslatorCreateBodyAssets",
    "V1AiVideoTranslatorGenerateBodyAssets",
    "V1AiVoiceClonerCreateBodyAssets",
    "V1AiVoiceClonerCreateBodyStyle",
    "V1AiVoiceClonerGenerateBodyAssets",
    "V1AiVoiceGeneratorCreateBodyStyle",
    "V1AnimationCreateBodyAssets",
    "V1AnimationCreateBodyStyle",
    "V1AnimationGenerateBodyAssets",
    "V1AudioToVideoCreateBodyAssets",
    "V1AudioToVideoCreateBodyStyle",
    "V1AudioToVideoGenerateBodyAssets",
    "V1AutoSubtitleGeneratorCreateBodyAssets",
    "V1AutoSubtitleGeneratorCreateBodyStyle",
    "V1AutoSubtitleGeneratorCreateBodyStyleCustomConfig",
    "V1AutoSubtitleGeneratorGenerateBodyAssets",
    "V1BodySwapCreateBodyAssets",
    "V1BodySwapGenerateBodyAssets",
    "V1CharacterReplaceCreateBodyAssets",
    "V1CharacterReplaceCreateBodyStyle",
    "V1CharacterReplaceCreateBodyStylePointsItem",
    "V1CharacterReplaceGenerateBodyAssets",
    "V1FaceDetectionCreateBodyAssets",
    "V1FaceDetectionGenerateBodyAssets",
    "V1FaceSwapCreateBodyAssets",
    "V1FaceSwapCreateBodyAssetsFaceMappingsItem",
    "V1FaceSwapCreateBodyStyle",
    "V1FaceSwapGenerateBodyAssets",
    "V1FaceSwapGenerateBodyAssetsFaceMappingsItem",
    "V1FaceSwapPhotoCreateBodyAssets",
    "V1FaceSwapPhotoCreateBodyAssetsFaceMappingsItem",
    "V1FaceSwapPhotoGenerateBodyAssets",
    "V1FaceSwapPhotoGenerateBodyAssetsFaceMappingsItem",
    "V1FilesUploadUrlsCreateBodyItemsItem",
    "V1HeadSwapCreateBodyAssets",
    "V1HeadSwapGenerateBodyAssets",
    "V1ImageBackgroundRemoverCreateBodyAssets",
    "V1ImageBackgroundRemoverGenerateBodyAssets",
    "V1ImageToVideoCreateBodyAssets",
    "V1ImageToVideoCreateBodyStyle",
    "V1ImageToVideoGenerateBodyAssets",
    "V1LipSyncCreateBodyAssets",
    "V1LipSyncCreateBodyStyle",
    "V1LipSyncGenerateBodyAssets",
    "V1PhotoColorizerCreateBodyAssets",
    "V1PhotoColorizerGenerateBodyAssets",
    "V1TextToVideoCreateBodyReferencesItem",
    "V1TextToVideoCreateBodyStyle",
    "V1VideoToVideoCreateBodyAssets",
    "V1VideoToVideoCreateBodyStyle",
    "V1VideoToVideoGenerateBodyAssets",
]
