"""Contains all the data models used in inputs/outputs

Each model loads on first use (PEP 562): importing one endpoint does not import every model.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account_get_response_200 import AccountGetResponse200
    from .account_get_response_200_subscription_type_0 import (
        AccountGetResponse200SubscriptionType0,
    )
    from .account_get_response_200_subscription_type_0_discount_type_0 import (
        AccountGetResponse200SubscriptionType0DiscountType0,
    )
    from .account_get_response_200_subscription_type_0_price import (
        AccountGetResponse200SubscriptionType0Price,
    )
    from .account_get_response_401 import AccountGetResponse401
    from .account_get_response_429 import AccountGetResponse429
    from .account_get_response_500 import AccountGetResponse500
    from .account_get_response_503 import AccountGetResponse503
    from .ai_clothes_changer_create_image_body import AiClothesChangerCreateImageBody
    from .ai_clothes_changer_create_image_body_assets import (
        AiClothesChangerCreateImageBodyAssets,
    )
    from .ai_clothes_changer_create_image_body_assets_garment_type import (
        AiClothesChangerCreateImageBodyAssetsGarmentType,
    )
    from .ai_clothes_changer_create_image_response_200 import (
        AiClothesChangerCreateImageResponse200,
    )
    from .ai_clothes_changer_create_image_response_400 import (
        AiClothesChangerCreateImageResponse400,
    )
    from .ai_clothes_changer_create_image_response_401 import (
        AiClothesChangerCreateImageResponse401,
    )
    from .ai_clothes_changer_create_image_response_402 import (
        AiClothesChangerCreateImageResponse402,
    )
    from .ai_clothes_changer_create_image_response_404 import (
        AiClothesChangerCreateImageResponse404,
    )
    from .ai_clothes_changer_create_image_response_422 import (
        AiClothesChangerCreateImageResponse422,
    )
    from .ai_clothes_changer_create_image_response_429 import (
        AiClothesChangerCreateImageResponse429,
    )
    from .ai_clothes_changer_create_image_response_500 import (
        AiClothesChangerCreateImageResponse500,
    )
    from .ai_clothes_changer_create_image_response_503 import (
        AiClothesChangerCreateImageResponse503,
    )
    from .ai_face_editor_edit_image_body import AiFaceEditorEditImageBody
    from .ai_face_editor_edit_image_body_assets import AiFaceEditorEditImageBodyAssets
    from .ai_face_editor_edit_image_body_style import AiFaceEditorEditImageBodyStyle
    from .ai_face_editor_edit_image_response_200 import AiFaceEditorEditImageResponse200
    from .ai_face_editor_edit_image_response_400 import AiFaceEditorEditImageResponse400
    from .ai_face_editor_edit_image_response_401 import AiFaceEditorEditImageResponse401
    from .ai_face_editor_edit_image_response_402 import AiFaceEditorEditImageResponse402
    from .ai_face_editor_edit_image_response_404 import AiFaceEditorEditImageResponse404
    from .ai_face_editor_edit_image_response_422 import AiFaceEditorEditImageResponse422
    from .ai_face_editor_edit_image_response_429 import AiFaceEditorEditImageResponse429
    from .ai_face_editor_edit_image_response_500 import AiFaceEditorEditImageResponse500
    from .ai_face_editor_edit_image_response_503 import AiFaceEditorEditImageResponse503
    from .ai_gif_generator_create_image_body import AiGifGeneratorCreateImageBody
    from .ai_gif_generator_create_image_body_output_format import (
        AiGifGeneratorCreateImageBodyOutputFormat,
    )
    from .ai_gif_generator_create_image_body_style import (
        AiGifGeneratorCreateImageBodyStyle,
    )
    from .ai_gif_generator_create_image_response_200 import (
        AiGifGeneratorCreateImageResponse200,
    )
    from .ai_gif_generator_create_image_response_400 import (
        AiGifGeneratorCreateImageResponse400,
    )
    from .ai_gif_generator_create_image_response_401 import (
        AiGifGeneratorCreateImageResponse401,
    )
    from .ai_gif_generator_create_image_response_402 import (
        AiGifGeneratorCreateImageResponse402,
    )
    from .ai_gif_generator_create_image_response_404 import (
        AiGifGeneratorCreateImageResponse404,
    )
    from .ai_gif_generator_create_image_response_422 import (
        AiGifGeneratorCreateImageResponse422,
    )
    from .ai_gif_generator_create_image_response_429 import (
        AiGifGeneratorCreateImageResponse429,
    )
    from .ai_gif_generator_create_image_response_500 import (
        AiGifGeneratorCreateImageResponse500,
    )
    from .ai_gif_generator_create_image_response_503 import (
        AiGifGeneratorCreateImageResponse503,
    )
    from .ai_headshot_generator_create_image_body import (
        AiHeadshotGeneratorCreateImageBody,
    )
    from .ai_headshot_generator_create_image_body_assets import (
        AiHeadshotGeneratorCreateImageBodyAssets,
    )
    from .ai_headshot_generator_create_image_body_style import (
        AiHeadshotGeneratorCreateImageBodyStyle,
    )
    from .ai_headshot_generator_create_image_response_200 import (
        AiHeadshotGeneratorCreateImageResponse200,
    )
    from .ai_headshot_generator_create_image_response_400 import (
        AiHeadshotGeneratorCreateImageResponse400,
    )
    from .ai_headshot_generator_create_image_response_401 import (
        AiHeadshotGeneratorCreateImageResponse401,
    )
    from .ai_headshot_generator_create_image_response_402 import (
        AiHeadshotGeneratorCreateImageResponse402,
    )
    from .ai_headshot_generator_create_image_response_404 import (
        AiHeadshotGeneratorCreateImageResponse404,
    )
    from .ai_headshot_generator_create_image_response_422 import (
        AiHeadshotGeneratorCreateImageResponse422,
    )
    from .ai_headshot_generator_create_image_response_429 import (
        AiHeadshotGeneratorCreateImageResponse429,
    )
    from .ai_headshot_generator_create_image_response_500 import (
        AiHeadshotGeneratorCreateImageResponse500,
    )
    from .ai_headshot_generator_create_image_response_503 import (
        AiHeadshotGeneratorCreateImageResponse503,
    )
    from .ai_image_editor_create_image_body import AiImageEditorCreateImageBody
    from .ai_image_editor_create_image_body_aspect_ratio import (
        AiImageEditorCreateImageBodyAspectRatio,
    )
    from .ai_image_editor_create_image_body_assets import (
        AiImageEditorCreateImageBodyAssets,
    )
    from .ai_image_editor_create_image_body_image_count import (
        AiImageEditorCreateImageBodyImageCount,
    )
    from .ai_image_editor_create_image_body_model import (
        AiImageEditorCreateImageBodyModel,
    )
    from .ai_image_editor_create_image_body_resolution import (
        AiImageEditorCreateImageBodyResolution,
    )
    from .ai_image_editor_create_image_body_style import (
        AiImageEditorCreateImageBodyStyle,
    )
    from .ai_image_editor_create_image_response_200 import (
        AiImageEditorCreateImageResponse200,
    )
    from .ai_image_editor_create_image_response_400 import (
        AiImageEditorCreateImageResponse400,
    )
    from .ai_image_editor_create_image_response_401 import (
        AiImageEditorCreateImageResponse401,
    )
    from .ai_image_editor_create_image_response_402 import (
        AiImageEditorCreateImageResponse402,
    )
    from .ai_image_editor_create_image_response_404 import (
        AiImageEditorCreateImageResponse404,
    )
    from .ai_image_editor_create_image_response_422 import (
        AiImageEditorCreateImageResponse422,
    )
    from .ai_image_editor_create_image_response_429 import (
        AiImageEditorCreateImageResponse429,
    )
    from .ai_image_editor_create_image_response_500 import (
        AiImageEditorCreateImageResponse500,
    )
    from .ai_image_editor_create_image_response_503 import (
        AiImageEditorCreateImageResponse503,
    )
    from .ai_image_generator_create_image_body import AiImageGeneratorCreateImageBody
    from .ai_image_generator_create_image_body_aspect_ratio import (
        AiImageGeneratorCreateImageBodyAspectRatio,
    )
    from .ai_image_generator_create_image_body_model import (
        AiImageGeneratorCreateImageBodyModel,
    )
    from .ai_image_generator_create_image_body_resolution import (
        AiImageGeneratorCreateImageBodyResolution,
    )
    from .ai_image_generator_create_image_body_style import (
        AiImageGeneratorCreateImageBodyStyle,
    )
    from .ai_image_generator_create_image_body_style_tool import (
        AiImageGeneratorCreateImageBodyStyleTool,
    )
    from .ai_image_generator_create_image_response_200 import (
        AiImageGeneratorCreateImageResponse200,
    )
    from .ai_image_generator_create_image_response_400 import (
        AiImageGeneratorCreateImageResponse400,
    )
    from .ai_image_generator_create_image_response_401 import (
        AiImageGeneratorCreateImageResponse401,
    )
    from .ai_image_generator_create_image_response_402 import (
        AiImageGeneratorCreateImageResponse402,
    )
    from .ai_image_generator_create_image_response_404 import (
        AiImageGeneratorCreateImageResponse404,
    )
    from .ai_image_generator_create_image_response_422 import (
        AiImageGeneratorCreateImageResponse422,
    )
    from .ai_image_generator_create_image_response_429 import (
        AiImageGeneratorCreateImageResponse429,
    )
    from .ai_image_generator_create_image_response_500 import (
        AiImageGeneratorCreateImageResponse500,
    )
    from .ai_image_generator_create_image_response_503 import (
        AiImageGeneratorCreateImageResponse503,
    )
    from .ai_image_upscaler_create_image_body import AiImageUpscalerCreateImageBody
    from .ai_image_upscaler_create_image_body_assets import (
        AiImageUpscalerCreateImageBodyAssets,
    )
    from .ai_image_upscaler_create_image_body_style import (
        AiImageUpscalerCreateImageBodyStyle,
    )
    from .ai_image_upscaler_create_image_body_style_mode import (
        AiImageUpscalerCreateImageBodyStyleMode,
    )
    from .ai_image_upscaler_create_image_response_200 import (
        AiImageUpscalerCreateImageResponse200,
    )
    from .ai_image_upscaler_create_image_response_400 import (
        AiImageUpscalerCreateImageResponse400,
    )
    from .ai_image_upscaler_create_image_response_401 import (
        AiImageUpscalerCreateImageResponse401,
    )
    from .ai_image_upscaler_create_image_response_402 import (
        AiImageUpscalerCreateImageResponse402,
    )
    from .ai_image_upscaler_create_image_response_404 import (
        AiImageUpscalerCreateImageResponse404,
    )
    from .ai_image_upscaler_create_image_response_422 import (
        AiImageUpscalerCreateImageResponse422,
    )
    from .ai_image_upscaler_create_image_response_429 import (
        AiImageUpscalerCreateImageResponse429,
    )
    from .ai_image_upscaler_create_image_response_500 import (
        AiImageUpscalerCreateImageResponse500,
    )
    from .ai_image_upscaler_create_image_response_503 import (
        AiImageUpscalerCreateImageResponse503,
    )
    from .ai_meme_generator_create_image_body import AiMemeGeneratorCreateImageBody
    from .ai_meme_generator_create_image_body_style import (
        AiMemeGeneratorCreateImageBodyStyle,
    )
    from .ai_meme_generator_create_image_body_style_template import (
        AiMemeGeneratorCreateImageBodyStyleTemplate,
    )
    from .ai_meme_generator_create_image_response_200 import (
        AiMemeGeneratorCreateImageResponse200,
    )
    from .ai_meme_generator_create_image_response_400 import (
        AiMemeGeneratorCreateImageResponse400,
    )
    from .ai_meme_generator_create_image_response_401 import (
        AiMemeGeneratorCreateImageResponse401,
    )
    from .ai_meme_generator_create_image_response_402 import (
        AiMemeGeneratorCreateImageResponse402,
    )
    from .ai_meme_generator_create_image_response_404 import (
        AiMemeGeneratorCreateImageResponse404,
    )
    from .ai_meme_generator_create_image_response_422 import (
        AiMemeGeneratorCreateImageResponse422,
    )
    from .ai_meme_generator_create_image_response_429 import (
        AiMemeGeneratorCreateImageResponse429,
    )
    from .ai_meme_generator_create_image_response_500 import (
        AiMemeGeneratorCreateImageResponse500,
    )
    from .ai_meme_generator_create_image_response_503 import (
        AiMemeGeneratorCreateImageResponse503,
    )
    from .ai_qr_code_generator_create_image_body import AiQrCodeGeneratorCreateImageBody
    from .ai_qr_code_generator_create_image_body_style import (
        AiQrCodeGeneratorCreateImageBodyStyle,
    )
    from .ai_qr_code_generator_create_image_response_200 import (
        AiQrCodeGeneratorCreateImageResponse200,
    )
    from .ai_qr_code_generator_create_image_response_400 import (
        AiQrCodeGeneratorCreateImageResponse400,
    )
    from .ai_qr_code_generator_create_image_response_401 import (
        AiQrCodeGeneratorCreateImageResponse401,
    )
    from .ai_qr_code_generator_create_image_response_402 import (
        AiQrCodeGeneratorCreateImageResponse402,
    )
    from .ai_qr_code_generator_create_image_response_404 import (
        AiQrCodeGeneratorCreateImageResponse404,
    )
    from .ai_qr_code_generator_create_image_response_422 import (
        AiQrCodeGeneratorCreateImageResponse422,
    )
    from .ai_qr_code_generator_create_image_response_429 import (
        AiQrCodeGeneratorCreateImageResponse429,
    )
    from .ai_qr_code_generator_create_image_response_500 import (
        AiQrCodeGeneratorCreateImageResponse500,
    )
    from .ai_qr_code_generator_create_image_response_503 import (
        AiQrCodeGeneratorCreateImageResponse503,
    )
    from .ai_talking_photo_create_talking_photo_body import (
        AiTalkingPhotoCreateTalkingPhotoBody,
    )
    from .ai_talking_photo_create_talking_photo_body_assets import (
        AiTalkingPhotoCreateTalkingPhotoBodyAssets,
    )
    from .ai_talking_photo_create_talking_photo_body_style import (
        AiTalkingPhotoCreateTalkingPhotoBodyStyle,
    )
    from .ai_talking_photo_create_talking_photo_body_style_generation_mode import (
        AiTalkingPhotoCreateTalkingPhotoBodyStyleGenerationMode,
    )
    from .ai_talking_photo_create_talking_photo_response_200 import (
        AiTalkingPhotoCreateTalkingPhotoResponse200,
    )
    from .ai_talking_photo_create_talking_photo_response_400 import (
        AiTalkingPhotoCreateTalkingPhotoResponse400,
    )
    from .ai_talking_photo_create_talking_photo_response_401 import (
        AiTalkingPhotoCreateTalkingPhotoResponse401,
    )
    from .ai_talking_photo_create_talking_photo_response_402 import (
        AiTalkingPhotoCreateTalkingPhotoResponse402,
    )
    from .ai_talking_photo_create_talking_photo_response_404 import (
        AiTalkingPhotoCreateTalkingPhotoResponse404,
    )
    from .ai_talking_photo_create_talking_photo_response_422 import (
        AiTalkingPhotoCreateTalkingPhotoResponse422,
    )
    from .ai_talking_photo_create_talking_photo_response_429 import (
        AiTalkingPhotoCreateTalkingPhotoResponse429,
    )
    from .ai_talking_photo_create_talking_photo_response_500 import (
        AiTalkingPhotoCreateTalkingPhotoResponse500,
    )
    from .ai_talking_photo_create_talking_photo_response_503 import (
        AiTalkingPhotoCreateTalkingPhotoResponse503,
    )
    from .ai_video_editor_create_video_body import AiVideoEditorCreateVideoBody
    from .ai_video_editor_create_video_body_assets import (
        AiVideoEditorCreateVideoBodyAssets,
    )
    from .ai_video_editor_create_video_body_model import (
        AiVideoEditorCreateVideoBodyModel,
    )
    from .ai_video_editor_create_video_body_resolution import (
        AiVideoEditorCreateVideoBodyResolution,
    )
    from .ai_video_editor_create_video_body_style import (
        AiVideoEditorCreateVideoBodyStyle,
    )
    from .ai_video_editor_create_video_response_200 import (
        AiVideoEditorCreateVideoResponse200,
    )
    from .ai_video_editor_create_video_response_400 import (
        AiVideoEditorCreateVideoResponse400,
    )
    from .ai_video_editor_create_video_response_401 import (
        AiVideoEditorCreateVideoResponse401,
    )
    from .ai_video_editor_create_video_response_402 import (
        AiVideoEditorCreateVideoResponse402,
    )
    from .ai_video_editor_create_video_response_404 import (
        AiVideoEditorCreateVideoResponse404,
    )
    from .ai_video_editor_create_video_response_422 import (
        AiVideoEditorCreateVideoResponse422,
    )
    from .ai_video_editor_create_video_response_429 import (
        AiVideoEditorCreateVideoResponse429,
    )
    from .ai_video_editor_create_video_response_500 import (
        AiVideoEditorCreateVideoResponse500,
    )
    from .ai_video_editor_create_video_response_503 import (
        AiVideoEditorCreateVideoResponse503,
    )
    from .ai_video_translator_create_video_body import AiVideoTranslatorCreateVideoBody
    from .ai_video_translator_create_video_body_assets import (
        AiVideoTranslatorCreateVideoBodyAssets,
    )
    from .ai_video_translator_create_video_body_resolution import (
        AiVideoTranslatorCreateVideoBodyResolution,
    )
    from .ai_video_translator_create_video_body_target_language import (
        AiVideoTranslatorCreateVideoBodyTargetLanguage,
    )
    from .ai_video_translator_create_video_response_200 import (
        AiVideoTranslatorCreateVideoResponse200,
    )
    from .ai_video_translator_create_video_response_400 import (
        AiVideoTranslatorCreateVideoResponse400,
    )
    from .ai_video_translator_create_video_response_401 import (
        AiVideoTranslatorCreateVideoResponse401,
    )
    from .ai_video_translator_create_video_response_402 import (
        AiVideoTranslatorCreateVideoResponse402,
    )
    from .ai_video_translator_create_video_response_404 import (
        AiVideoTranslatorCreateVideoResponse404,
    )
    from .ai_video_translator_create_video_response_422 import (
        AiVideoTranslatorCreateVideoResponse422,
    )
    from .ai_video_translator_create_video_response_429 import (
        AiVideoTranslatorCreateVideoResponse429,
    )
    from .ai_video_translator_create_video_response_500 import (
        AiVideoTranslatorCreateVideoResponse500,
    )
    from .ai_video_translator_create_video_response_503 import (
        AiVideoTranslatorCreateVideoResponse503,
    )
    from .ai_voice_cloner_create_audio_body import AiVoiceClonerCreateAudioBody
    from .ai_voice_cloner_create_audio_body_assets import (
        AiVoiceClonerCreateAudioBodyAssets,
    )
    from .ai_voice_cloner_create_audio_body_style import (
        AiVoiceClonerCreateAudioBodyStyle,
    )
    from .ai_voice_cloner_create_audio_response_200 import (
        AiVoiceClonerCreateAudioResponse200,
    )
    from .ai_voice_cloner_create_audio_response_400 import (
        AiVoiceClonerCreateAudioResponse400,
    )
    from .ai_voice_cloner_create_audio_response_401 import (
        AiVoiceClonerCreateAudioResponse401,
    )
    from .ai_voice_cloner_create_audio_response_402 import (
        AiVoiceClonerCreateAudioResponse402,
    )
    from .ai_voice_cloner_create_audio_response_404 import (
        AiVoiceClonerCreateAudioResponse404,
    )
    from .ai_voice_cloner_create_audio_response_422 import (
        AiVoiceClonerCreateAudioResponse422,
    )
    from .ai_voice_cloner_create_audio_response_429 import (
        AiVoiceClonerCreateAudioResponse429,
    )
    from .ai_voice_cloner_create_audio_response_500 import (
        AiVoiceClonerCreateAudioResponse500,
    )
    from .ai_voice_cloner_create_audio_response_503 import (
        AiVoiceClonerCreateAudioResponse503,
    )
    from .ai_voice_generator_create_audio_body import AiVoiceGeneratorCreateAudioBody
    from .ai_voice_generator_create_audio_body_style import (
        AiVoiceGeneratorCreateAudioBodyStyle,
    )
    from .ai_voice_generator_create_audio_body_style_voice_name import (
        AiVoiceGeneratorCreateAudioBodyStyleVoiceName,
    )
    from .ai_voice_generator_create_audio_response_200 import (
        AiVoiceGeneratorCreateAudioResponse200,
    )
    from .ai_voice_generator_create_audio_response_400 import (
        AiVoiceGeneratorCreateAudioResponse400,
    )
    from .ai_voice_generator_create_audio_response_401 import (
        AiVoiceGeneratorCreateAudioResponse401,
    )
    from .ai_voice_generator_create_audio_response_402 import (
        AiVoiceGeneratorCreateAudioResponse402,
    )
    from .ai_voice_generator_create_audio_response_404 import (
        AiVoiceGeneratorCreateAudioResponse404,
    )
    from .ai_voice_generator_create_audio_response_422 import (
        AiVoiceGeneratorCreateAudioResponse422,
    )
    from .ai_voice_generator_create_audio_response_429 import (
        AiVoiceGeneratorCreateAudioResponse429,
    )
    from .ai_voice_generator_create_audio_response_500 import (
        AiVoiceGeneratorCreateAudioResponse500,
    )
    from .ai_voice_generator_create_audio_response_503 import (
        AiVoiceGeneratorCreateAudioResponse503,
    )
    from .animation_create_video_body import AnimationCreateVideoBody
    from .animation_create_video_body_assets import AnimationCreateVideoBodyAssets
    from .animation_create_video_body_assets_audio_source import (
        AnimationCreateVideoBodyAssetsAudioSource,
    )
    from .animation_create_video_body_style import AnimationCreateVideoBodyStyle
    from .animation_create_video_body_style_art_style import (
        AnimationCreateVideoBodyStyleArtStyle,
    )
    from .animation_create_video_body_style_camera_effect import (
        AnimationCreateVideoBodyStyleCameraEffect,
    )
    from .animation_create_video_body_style_prompt_type import (
        AnimationCreateVideoBodyStylePromptType,
    )
    from .animation_create_video_response_200 import AnimationCreateVideoResponse200
    from .animation_create_video_response_400 import AnimationCreateVideoResponse400
    from .animation_create_video_response_401 import AnimationCreateVideoResponse401
    from .animation_create_video_response_402 import AnimationCreateVideoResponse402
    from .animation_create_video_response_404 import AnimationCreateVideoResponse404
    from .animation_create_video_response_422 import AnimationCreateVideoResponse422
    from .animation_create_video_response_429 import AnimationCreateVideoResponse429
    from .animation_create_video_response_500 import AnimationCreateVideoResponse500
    from .animation_create_video_response_503 import AnimationCreateVideoResponse503
    from .audio_projects_delete_response_400 import AudioProjectsDeleteResponse400
    from .audio_projects_delete_response_401 import AudioProjectsDeleteResponse401
    from .audio_projects_delete_response_402 import AudioProjectsDeleteResponse402
    from .audio_projects_delete_response_404 import AudioProjectsDeleteResponse404
    from .audio_projects_delete_response_429 import AudioProjectsDeleteResponse429
    from .audio_projects_delete_response_500 import AudioProjectsDeleteResponse500
    from .audio_projects_delete_response_503 import AudioProjectsDeleteResponse503
    from .audio_projects_get_details_response_200 import (
        AudioProjectsGetDetailsResponse200,
    )
    from .audio_projects_get_details_response_200_downloads_item import (
        AudioProjectsGetDetailsResponse200DownloadsItem,
    )
    from .audio_projects_get_details_response_200_error_type_0 import (
        AudioProjectsGetDetailsResponse200ErrorType0,
    )
    from .audio_projects_get_details_response_400 import (
        AudioProjectsGetDetailsResponse400,
    )
    from .audio_projects_get_details_response_401 import (
        AudioProjectsGetDetailsResponse401,
    )
    from .audio_projects_get_details_response_402 import (
        AudioProjectsGetDetailsResponse402,
    )
    from .audio_projects_get_details_response_404 import (
        AudioProjectsGetDetailsResponse404,
    )
    from .audio_projects_get_details_response_429 import (
        AudioProjectsGetDetailsResponse429,
    )
    from .audio_projects_get_details_response_500 import (
        AudioProjectsGetDetailsResponse500,
    )
    from .audio_projects_get_details_response_503 import (
        AudioProjectsGetDetailsResponse503,
    )
    from .audio_to_video_create_video_body import AudioToVideoCreateVideoBody
    from .audio_to_video_create_video_body_assets import (
        AudioToVideoCreateVideoBodyAssets,
    )
    from .audio_to_video_create_video_body_resolution import (
        AudioToVideoCreateVideoBodyResolution,
    )
    from .audio_to_video_create_video_body_style import AudioToVideoCreateVideoBodyStyle
    from .audio_to_video_create_video_response_200 import (
        AudioToVideoCreateVideoResponse200,
    )
    from .audio_to_video_create_video_response_400 import (
        AudioToVideoCreateVideoResponse400,
    )
    from .audio_to_video_create_video_response_401 import (
        AudioToVideoCreateVideoResponse401,
    )
    from .audio_to_video_create_video_response_402 import (
        AudioToVideoCreateVideoResponse402,
    )
    from .audio_to_video_create_video_response_404 import (
        AudioToVideoCreateVideoResponse404,
    )
    from .audio_to_video_create_video_response_422 import (
        AudioToVideoCreateVideoResponse422,
    )
    from .audio_to_video_create_video_response_429 import (
        AudioToVideoCreateVideoResponse429,
    )
    from .audio_to_video_create_video_response_500 import (
        AudioToVideoCreateVideoResponse500,
    )
    from .audio_to_video_create_video_response_503 import (
        AudioToVideoCreateVideoResponse503,
    )
    from .auto_subtitle_generator_create_video_body import (
        AutoSubtitleGeneratorCreateVideoBody,
    )
    from .auto_subtitle_generator_create_video_body_assets import (
        AutoSubtitleGeneratorCreateVideoBodyAssets,
    )
    from .auto_subtitle_generator_create_video_body_style import (
        AutoSubtitleGeneratorCreateVideoBodyStyle,
    )
    from .auto_subtitle_generator_create_video_body_style_custom_config import (
        AutoSubtitleGeneratorCreateVideoBodyStyleCustomConfig,
    )
    from .auto_subtitle_generator_create_video_body_style_template import (
        AutoSubtitleGeneratorCreateVideoBodyStyleTemplate,
    )
    from .auto_subtitle_generator_create_video_response_200 import (
        AutoSubtitleGeneratorCreateVideoResponse200,
    )
    from .auto_subtitle_generator_create_video_response_400 import (
        AutoSubtitleGeneratorCreateVideoResponse400,
    )
    from .auto_subtitle_generator_create_video_response_401 import (
        AutoSubtitleGeneratorCreateVideoResponse401,
    )
    from .auto_subtitle_generator_create_video_response_402 import (
        AutoSubtitleGeneratorCreateVideoResponse402,
    )
    from .auto_subtitle_generator_create_video_response_404 import (
        AutoSubtitleGeneratorCreateVideoResponse404,
    )
    from .auto_subtitle_generator_create_video_response_422 import (
        AutoSubtitleGeneratorCreateVideoResponse422,
    )
    from .auto_subtitle_generator_create_video_response_429 import (
        AutoSubtitleGeneratorCreateVideoResponse429,
    )
    from .auto_subtitle_generator_create_video_response_500 import (
        AutoSubtitleGeneratorCreateVideoResponse500,
    )
    from .auto_subtitle_generator_create_video_response_503 import (
        AutoSubtitleGeneratorCreateVideoResponse503,
    )
    from .body_swap_create_image_body import BodySwapCreateImageBody
    from .body_swap_create_image_body_assets import BodySwapCreateImageBodyAssets
    from .body_swap_create_image_body_resolution import (
        BodySwapCreateImageBodyResolution,
    )
    from .body_swap_create_image_response_200 import BodySwapCreateImageResponse200
    from .body_swap_create_image_response_400 import BodySwapCreateImageResponse400
    from .body_swap_create_image_response_401 import BodySwapCreateImageResponse401
    from .body_swap_create_image_response_402 import BodySwapCreateImageResponse402
    from .body_swap_create_image_response_404 import BodySwapCreateImageResponse404
    from .body_swap_create_image_response_422 import BodySwapCreateImageResponse422
    from .body_swap_create_image_response_429 import BodySwapCreateImageResponse429
    from .body_swap_create_image_response_500 import BodySwapCreateImageResponse500
    from .body_swap_create_image_response_503 import BodySwapCreateImageResponse503
    from .character_replace_create_video_body import CharacterReplaceCreateVideoBody
    from .character_replace_create_video_body_assets import (
        CharacterReplaceCreateVideoBodyAssets,
    )
    from .character_replace_create_video_body_model import (
        CharacterReplaceCreateVideoBodyModel,
    )
    from .character_replace_create_video_body_resolution import (
        CharacterReplaceCreateVideoBodyResolution,
    )
    from .character_replace_create_video_body_style import (
        CharacterReplaceCreateVideoBodyStyle,
    )
    from .character_replace_create_video_body_style_mode import (
        CharacterReplaceCreateVideoBodyStyleMode,
    )
    from .character_replace_create_video_body_style_points_item import (
        CharacterReplaceCreateVideoBodyStylePointsItem,
    )
    from .character_replace_create_video_body_style_selection_mode import (
        CharacterReplaceCreateVideoBodyStyleSelectionMode,
    )
    from .character_replace_create_video_response_200 import (
        CharacterReplaceCreateVideoResponse200,
    )
    from .character_replace_create_video_response_400 import (
        CharacterReplaceCreateVideoResponse400,
    )
    from .character_replace_create_video_response_401 import (
        CharacterReplaceCreateVideoResponse401,
    )
    from .character_replace_create_video_response_402 import (
        CharacterReplaceCreateVideoResponse402,
    )
    from .character_replace_create_video_response_404 import (
        CharacterReplaceCreateVideoResponse404,
    )
    from .character_replace_create_video_response_422 import (
        CharacterReplaceCreateVideoResponse422,
    )
    from .character_replace_create_video_response_429 import (
        CharacterReplaceCreateVideoResponse429,
    )
    from .character_replace_create_video_response_500 import (
        CharacterReplaceCreateVideoResponse500,
    )
    from .character_replace_create_video_response_503 import (
        CharacterReplaceCreateVideoResponse503,
    )
    from .face_detection_detect_faces_body import FaceDetectionDetectFacesBody
    from .face_detection_detect_faces_body_assets import (
        FaceDetectionDetectFacesBodyAssets,
    )
    from .face_detection_detect_faces_response_200 import (
        FaceDetectionDetectFacesResponse200,
    )
    from .face_detection_detect_faces_response_400 import (
        FaceDetectionDetectFacesResponse400,
    )
    from .face_detection_detect_faces_response_401 import (
        FaceDetectionDetectFacesResponse401,
    )
    from .face_detection_detect_faces_response_402 import (
        FaceDetectionDetectFacesResponse402,
    )
    from .face_detection_detect_faces_response_404 import (
        FaceDetectionDetectFacesResponse404,
    )
    from .face_detection_detect_faces_response_422 import (
        FaceDetectionDetectFacesResponse422,
    )
    from .face_detection_detect_faces_response_429 import (
        FaceDetectionDetectFacesResponse429,
    )
    from .face_detection_detect_faces_response_500 import (
        FaceDetectionDetectFacesResponse500,
    )
    from .face_detection_detect_faces_response_503 import (
        FaceDetectionDetectFacesResponse503,
    )
    from .face_detection_get_details_response_200 import (
        FaceDetectionGetDetailsResponse200,
    )
    from .face_detection_get_details_response_200_faces_item import (
        FaceDetectionGetDetailsResponse200FacesItem,
    )
    from .face_detection_get_details_response_400 import (
        FaceDetectionGetDetailsResponse400,
    )
    from .face_detection_get_details_response_401 import (
        FaceDetectionGetDetailsResponse401,
    )
    from .face_detection_get_details_response_402 import (
        FaceDetectionGetDetailsResponse402,
    )
    from .face_detection_get_details_response_404 import (
        FaceDetectionGetDetailsResponse404,
    )
    from .face_detection_get_details_response_422 import (
        FaceDetectionGetDetailsResponse422,
    )
    from .face_detection_get_details_response_429 import (
        FaceDetectionGetDetailsResponse429,
    )
    from .face_detection_get_details_response_500 import (
        FaceDetectionGetDetailsResponse500,
    )
    from .face_detection_get_details_response_503 import (
        FaceDetectionGetDetailsResponse503,
    )
    from .face_swap_create_video_body import FaceSwapCreateVideoBody
    from .face_swap_create_video_body_assets import FaceSwapCreateVideoBodyAssets
    from .face_swap_create_video_body_assets_face_mappings_item import (
        FaceSwapCreateVideoBodyAssetsFaceMappingsItem,
    )
    from .face_swap_create_video_body_assets_face_swap_mode import (
        FaceSwapCreateVideoBodyAssetsFaceSwapMode,
    )
    from .face_swap_create_video_body_assets_video_source import (
        FaceSwapCreateVideoBodyAssetsVideoSource,
    )
    from .face_swap_create_video_body_style import FaceSwapCreateVideoBodyStyle
    from .face_swap_create_video_body_style_version import (
        FaceSwapCreateVideoBodyStyleVersion,
    )
    from .face_swap_create_video_response_200 import FaceSwapCreateVideoResponse200
    from .face_swap_create_video_response_400 import FaceSwapCreateVideoResponse400
    from .face_swap_create_video_response_401 import FaceSwapCreateVideoResponse401
    from .face_swap_create_video_response_402 import FaceSwapCreateVideoResponse402
    from .face_swap_create_video_response_404 import FaceSwapCreateVideoResponse404
    from .face_swap_create_video_response_422 import FaceSwapCreateVideoResponse422
    from .face_swap_create_video_response_429 import FaceSwapCreateVideoResponse429
    from .face_swap_create_video_response_500 import FaceSwapCreateVideoResponse500
    from .face_swap_create_video_response_503 import FaceSwapCreateVideoResponse503
    from .face_swap_photo_create_image_body import FaceSwapPhotoCreateImageBody
    from .face_swap_photo_create_image_body_assets import (
        FaceSwapPhotoCreateImageBodyAssets,
    )
    from .face_swap_photo_create_image_body_assets_face_mappings_item import (
        FaceSwapPhotoCreateImageBodyAssetsFaceMappingsItem,
    )
    from .face_swap_photo_create_image_body_assets_face_swap_mode import (
        FaceSwapPhotoCreateImageBodyAssetsFaceSwapMode,
    )
    from .face_swap_photo_create_image_response_200 import (
        FaceSwapPhotoCreateImageResponse200,
    )
    from .face_swap_photo_create_image_response_400 import (
        FaceSwapPhotoCreateImageResponse400,
    )
    from .face_swap_photo_create_image_response_401 import (
        FaceSwapPhotoCreateImageResponse401,
    )
    from .face_swap_photo_create_image_response_402 import (
        FaceSwapPhotoCreateImageResponse402,
    )
    from .face_swap_photo_create_image_response_404 import (
        FaceSwapPhotoCreateImageResponse404,
    )
    from .face_swap_photo_create_image_response_422 import (
        FaceSwapPhotoCreateImageResponse422,
    )
    from .face_swap_photo_create_image_response_429 import (
        FaceSwapPhotoCreateImageResponse429,
    )
    from .face_swap_photo_create_image_response_500 import (
        FaceSwapPhotoCreateImageResponse500,
    )
    from .face_swap_photo_create_image_response_503 import (
        FaceSwapPhotoCreateImageResponse503,
    )
    from .head_swap_create_image_body import HeadSwapCreateImageBody
    from .head_swap_create_image_body_assets import HeadSwapCreateImageBodyAssets
    from .head_swap_create_image_response_200 import HeadSwapCreateImageResponse200
    from .head_swap_create_image_response_400 import HeadSwapCreateImageResponse400
    from .head_swap_create_image_response_401 import HeadSwapCreateImageResponse401
    from .head_swap_create_image_response_402 import HeadSwapCreateImageResponse402
    from .head_swap_create_image_response_404 import HeadSwapCreateImageResponse404
    from .head_swap_create_image_response_422 import HeadSwapCreateImageResponse422
    from .head_swap_create_image_response_429 import HeadSwapCreateImageResponse429
    from .head_swap_create_image_response_500 import HeadSwapCreateImageResponse500
    from .head_swap_create_image_response_503 import HeadSwapCreateImageResponse503
    from .image_background_remover_create_image_body import (
        ImageBackgroundRemoverCreateImageBody,
    )
    from .image_background_remover_create_image_body_assets import (
        ImageBackgroundRemoverCreateImageBodyAssets,
    )
    from .image_background_remover_create_image_response_200 import (
        ImageBackgroundRemoverCreateImageResponse200,
    )
    from .image_background_remover_create_image_response_400 import (
        ImageBackgroundRemoverCreateImageResponse400,
    )
    from .image_background_remover_create_image_response_401 import (
        ImageBackgroundRemoverCreateImageResponse401,
    )
    from .image_background_remover_create_image_response_402 import (
        ImageBackgroundRemoverCreateImageResponse402,
    )
    from .image_background_remover_create_image_response_404 import (
        ImageBackgroundRemoverCreateImageResponse404,
    )
    from .image_background_remover_create_image_response_422 import (
        ImageBackgroundRemoverCreateImageResponse422,
    )
    from .image_background_remover_create_image_response_429 import (
        ImageBackgroundRemoverCreateImageResponse429,
    )
    from .image_background_remover_create_image_response_500 import (
        ImageBackgroundRemoverCreateImageResponse500,
    )
    from .image_background_remover_create_image_response_503 import (
        ImageBackgroundRemoverCreateImageResponse503,
    )
    from .image_projects_delete_response_400 import ImageProjectsDeleteResponse400
    from .image_projects_delete_response_401 import ImageProjectsDeleteResponse401
    from .image_projects_delete_response_402 import ImageProjectsDeleteResponse402
    from .image_projects_delete_response_404 import ImageProjectsDeleteResponse404
    from .image_projects_delete_response_429 import ImageProjectsDeleteResponse429
    from .image_projects_delete_response_500 import ImageProjectsDeleteResponse500
    from .image_projects_delete_response_503 import ImageProjectsDeleteResponse503
    from .image_projects_get_details_response_200 import (
        ImageProjectsGetDetailsResponse200,
    )
    from .image_projects_get_details_response_200_downloads_item import (
        ImageProjectsGetDetailsResponse200DownloadsItem,
    )
    from .image_projects_get_details_response_200_error_type_0 import (
        ImageProjectsGetDetailsResponse200ErrorType0,
    )
    from .image_projects_get_details_response_400 import (
        ImageProjectsGetDetailsResponse400,
    )
    from .image_projects_get_details_response_401 import (
        ImageProjectsGetDetailsResponse401,
    )
    from .image_projects_get_details_response_402 import (
        ImageProjectsGetDetailsResponse402,
    )
    from .image_projects_get_details_response_404 import (
        ImageProjectsGetDetailsResponse404,
    )
    from .image_projects_get_details_response_429 import (
        ImageProjectsGetDetailsResponse429,
    )
    from .image_projects_get_details_response_500 import (
        ImageProjectsGetDetailsResponse500,
    )
    from .image_projects_get_details_response_503 import (
        ImageProjectsGetDetailsResponse503,
    )
    from .image_to_video_create_video_body import ImageToVideoCreateVideoBody
    from .image_to_video_create_video_body_assets import (
        ImageToVideoCreateVideoBodyAssets,
    )
    from .image_to_video_create_video_body_model import ImageToVideoCreateVideoBodyModel
    from .image_to_video_create_video_body_resolution import (
        ImageToVideoCreateVideoBodyResolution,
    )
    from .image_to_video_create_video_body_style import ImageToVideoCreateVideoBodyStyle
    from .image_to_video_create_video_response_200 import (
        ImageToVideoCreateVideoResponse200,
    )
    from .image_to_video_create_video_response_400 import (
        ImageToVideoCreateVideoResponse400,
    )
    from .image_to_video_create_video_response_401 import (
        ImageToVideoCreateVideoResponse401,
    )
    from .image_to_video_create_video_response_402 import (
        ImageToVideoCreateVideoResponse402,
    )
    from .image_to_video_create_video_response_404 import (
        ImageToVideoCreateVideoResponse404,
    )
    from .image_to_video_create_video_response_422 import (
        ImageToVideoCreateVideoResponse422,
    )
    from .image_to_video_create_video_response_429 import (
        ImageToVideoCreateVideoResponse429,
    )
    from .image_to_video_create_video_response_500 import (
        ImageToVideoCreateVideoResponse500,
    )
    from .image_to_video_create_video_response_503 import (
        ImageToVideoCreateVideoResponse503,
    )
    from .lip_sync_create_video_body import LipSyncCreateVideoBody
    from .lip_sync_create_video_body_assets import LipSyncCreateVideoBodyAssets
    from .lip_sync_create_video_body_assets_video_source import (
        LipSyncCreateVideoBodyAssetsVideoSource,
    )
    from .lip_sync_create_video_body_style import LipSyncCreateVideoBodyStyle
    from .lip_sync_create_video_body_style_generation_mode import (
        LipSyncCreateVideoBodyStyleGenerationMode,
    )
    from .lip_sync_create_video_response_200 import LipSyncCreateVideoResponse200
    from .lip_sync_create_video_response_400 import LipSyncCreateVideoResponse400
    from .lip_sync_create_video_response_401 import LipSyncCreateVideoResponse401
    from .lip_sync_create_video_response_402 import LipSyncCreateVideoResponse402
    from .lip_sync_create_video_response_404 import LipSyncCreateVideoResponse404
    from .lip_sync_create_video_response_422 import LipSyncCreateVideoResponse422
    from .lip_sync_create_video_response_429 import LipSyncCreateVideoResponse429
    from .lip_sync_create_video_response_500 import LipSyncCreateVideoResponse500
    from .lip_sync_create_video_response_503 import LipSyncCreateVideoResponse503
    from .photo_colorizer_create_image_body import PhotoColorizerCreateImageBody
    from .photo_colorizer_create_image_body_assets import (
        PhotoColorizerCreateImageBodyAssets,
    )
    from .photo_colorizer_create_image_response_200 import (
        PhotoColorizerCreateImageResponse200,
    )
    from .photo_colorizer_create_image_response_400 import (
        PhotoColorizerCreateImageResponse400,
    )
    from .photo_colorizer_create_image_response_401 import (
        PhotoColorizerCreateImageResponse401,
    )
    from .photo_colorizer_create_image_response_402 import (
        PhotoColorizerCreateImageResponse402,
    )
    from .photo_colorizer_create_image_response_404 import (
        PhotoColorizerCreateImageResponse404,
    )
    from .photo_colorizer_create_image_response_422 import (
        PhotoColorizerCreateImageResponse422,
    )
    from .photo_colorizer_create_image_response_429 import (
        PhotoColorizerCreateImageResponse429,
    )
    from .photo_colorizer_create_image_response_500 import (
        PhotoColorizerCreateImageResponse500,
    )
    from .photo_colorizer_create_image_response_503 import (
        PhotoColorizerCreateImageResponse503,
    )
    from .saved_items_list_response_200 import SavedItemsListResponse200
    from .saved_items_list_response_200_items_item import (
        SavedItemsListResponse200ItemsItem,
    )
    from .saved_items_list_response_200_items_item_assets_item import (
        SavedItemsListResponse200ItemsItemAssetsItem,
    )
    from .saved_items_list_response_400 import SavedItemsListResponse400
    from .saved_items_list_response_401 import SavedItemsListResponse401
    from .saved_items_list_response_429 import SavedItemsListResponse429
    from .saved_items_list_response_500 import SavedItemsListResponse500
    from .saved_items_list_response_503 import SavedItemsListResponse503
    from .saved_items_list_type import SavedItemsListType
    from .text_to_video_create_video_body import TextToVideoCreateVideoBody
    from .text_to_video_create_video_body_aspect_ratio import (
        TextToVideoCreateVideoBodyAspectRatio,
    )
    from .text_to_video_create_video_body_model import TextToVideoCreateVideoBodyModel
    from .text_to_video_create_video_body_references_item import (
        TextToVideoCreateVideoBodyReferencesItem,
    )
    from .text_to_video_create_video_body_resolution import (
        TextToVideoCreateVideoBodyResolution,
    )
    from .text_to_video_create_video_body_style import TextToVideoCreateVideoBodyStyle
    from .text_to_video_create_video_response_200 import (
        TextToVideoCreateVideoResponse200,
    )
    from .text_to_video_create_video_response_400 import (
        TextToVideoCreateVideoResponse400,
    )
    from .text_to_video_create_video_response_401 import (
        TextToVideoCreateVideoResponse401,
    )
    from .text_to_video_create_video_response_402 import (
        TextToVideoCreateVideoResponse402,
    )
    from .text_to_video_create_video_response_404 import (
        TextToVideoCreateVideoResponse404,
    )
    from .text_to_video_create_video_response_422 import (
        TextToVideoCreateVideoResponse422,
    )
    from .text_to_video_create_video_response_429 import (
        TextToVideoCreateVideoResponse429,
    )
    from .text_to_video_create_video_response_500 import (
        TextToVideoCreateVideoResponse500,
    )
    from .text_to_video_create_video_response_503 import (
        TextToVideoCreateVideoResponse503,
    )
    from .video_assets_generate_presigned_url_body import (
        VideoAssetsGeneratePresignedUrlBody,
    )
    from .video_assets_generate_presigned_url_body_items_item import (
        VideoAssetsGeneratePresignedUrlBodyItemsItem,
    )
    from .video_assets_generate_presigned_url_body_items_item_type import (
        VideoAssetsGeneratePresignedUrlBodyItemsItemType,
    )
    from .video_assets_generate_presigned_url_response_200 import (
        VideoAssetsGeneratePresignedUrlResponse200,
    )
    from .video_assets_generate_presigned_url_response_200_items_item import (
        VideoAssetsGeneratePresignedUrlResponse200ItemsItem,
    )
    from .video_assets_generate_presigned_url_response_400 import (
        VideoAssetsGeneratePresignedUrlResponse400,
    )
    from .video_assets_generate_presigned_url_response_401 import (
        VideoAssetsGeneratePresignedUrlResponse401,
    )
    from .video_assets_generate_presigned_url_response_402 import (
        VideoAssetsGeneratePresignedUrlResponse402,
    )
    from .video_assets_generate_presigned_url_response_404 import (
        VideoAssetsGeneratePresignedUrlResponse404,
    )
    from .video_assets_generate_presigned_url_response_422 import (
        VideoAssetsGeneratePresignedUrlResponse422,
    )
    from .video_assets_generate_presigned_url_response_429 import (
        VideoAssetsGeneratePresignedUrlResponse429,
    )
    from .video_assets_generate_presigned_url_response_500 import (
        VideoAssetsGeneratePresignedUrlResponse500,
    )
    from .video_assets_generate_presigned_url_response_503 import (
        VideoAssetsGeneratePresignedUrlResponse503,
    )
    from .video_projects_delete_response_400 import VideoProjectsDeleteResponse400
    from .video_projects_delete_response_401 import VideoProjectsDeleteResponse401
    from .video_projects_delete_response_402 import VideoProjectsDeleteResponse402
    from .video_projects_delete_response_404 import VideoProjectsDeleteResponse404
    from .video_projects_delete_response_422 import VideoProjectsDeleteResponse422
    from .video_projects_delete_response_429 import VideoProjectsDeleteResponse429
    from .video_projects_delete_response_500 import VideoProjectsDeleteResponse500
    from .video_projects_delete_response_503 import VideoProjectsDeleteResponse503
    from .video_projects_get_details_response_200 import (
        VideoProjectsGetDetailsResponse200,
    )
    from .video_projects_get_details_response_200_download_type_0 import (
        VideoProjectsGetDetailsResponse200DownloadType0,
    )
    from .video_projects_get_details_response_200_downloads_item import (
        VideoProjectsGetDetailsResponse200DownloadsItem,
    )
    from .video_projects_get_details_response_200_error_type_0 import (
        VideoProjectsGetDetailsResponse200ErrorType0,
    )
    from .video_projects_get_details_response_400 import (
        VideoProjectsGetDetailsResponse400,
    )
    from .video_projects_get_details_response_401 import (
        VideoProjectsGetDetailsResponse401,
    )
    from .video_projects_get_details_response_402 import (
        VideoProjectsGetDetailsResponse402,
    )
    from .video_projects_get_details_response_404 import (
        VideoProjectsGetDetailsResponse404,
    )
    from .video_projects_get_details_response_429 import (
        VideoProjectsGetDetailsResponse429,
    )
    from .video_projects_get_details_response_500 import (
        VideoProjectsGetDetailsResponse500,
    )
    from .video_projects_get_details_response_503 import (
        VideoProjectsGetDetailsResponse503,
    )
    from .video_to_video_create_video_body import VideoToVideoCreateVideoBody
    from .video_to_video_create_video_body_assets import (
        VideoToVideoCreateVideoBodyAssets,
    )
    from .video_to_video_create_video_body_assets_video_source import (
        VideoToVideoCreateVideoBodyAssetsVideoSource,
    )
    from .video_to_video_create_video_body_fps_resolution import (
        VideoToVideoCreateVideoBodyFpsResolution,
    )
    from .video_to_video_create_video_body_style import VideoToVideoCreateVideoBodyStyle
    from .video_to_video_create_video_body_style_art_style import (
        VideoToVideoCreateVideoBodyStyleArtStyle,
    )
    from .video_to_video_create_video_body_style_model import (
        VideoToVideoCreateVideoBodyStyleModel,
    )
    from .video_to_video_create_video_body_style_prompt_type import (
        VideoToVideoCreateVideoBodyStylePromptType,
    )
    from .video_to_video_create_video_body_style_version import (
        VideoToVideoCreateVideoBodyStyleVersion,
    )
    from .video_to_video_create_video_response_200 import (
        VideoToVideoCreateVideoResponse200,
    )
    from .video_to_video_create_video_response_400 import (
        VideoToVideoCreateVideoResponse400,
    )
    from .video_to_video_create_video_response_401 import (
        VideoToVideoCreateVideoResponse401,
    )
    from .video_to_video_create_video_response_402 import (
        VideoToVideoCreateVideoResponse402,
    )
    from .video_to_video_create_video_response_404 import (
        VideoToVideoCreateVideoResponse404,
    )
    from .video_to_video_create_video_response_422 import (
        VideoToVideoCreateVideoResponse422,
    )
    from .video_to_video_create_video_response_429 import (
        VideoToVideoCreateVideoResponse429,
    )
    from .video_to_video_create_video_response_500 import (
        VideoToVideoCreateVideoResponse500,
    )
    from .video_to_video_create_video_response_503 import (
        VideoToVideoCreateVideoResponse503,
    )

_MODULES = {
    "AccountGetResponse200": ".account_get_response_200",
    "AccountGetResponse200SubscriptionType0": ".account_get_response_200_subscription_type_0",
    "AccountGetResponse200SubscriptionType0DiscountType0": ".account_get_response_200_subscription_type_0_discount_type_0",
    "AccountGetResponse200SubscriptionType0Price": ".account_get_response_200_subscription_type_0_price",
    "AccountGetResponse401": ".account_get_response_401",
    "AccountGetResponse429": ".account_get_response_429",
    "AccountGetResponse500": ".account_get_response_500",
    "AccountGetResponse503": ".account_get_response_503",
    "AiClothesChangerCreateImageBody": ".ai_clothes_changer_create_image_body",
    "AiClothesChangerCreateImageBodyAssets": ".ai_clothes_changer_create_image_body_assets",
    "AiClothesChangerCreateImageBodyAssetsGarmentType": ".ai_clothes_changer_create_image_body_assets_garment_type",
    "AiClothesChangerCreateImageResponse200": ".ai_clothes_changer_create_image_response_200",
    "AiClothesChangerCreateImageResponse400": ".ai_clothes_changer_create_image_response_400",
    "AiClothesChangerCreateImageResponse401": ".ai_clothes_changer_create_image_response_401",
    "AiClothesChangerCreateImageResponse402": ".ai_clothes_changer_create_image_response_402",
    "AiClothesChangerCreateImageResponse404": ".ai_clothes_changer_create_image_response_404",
    "AiClothesChangerCreateImageResponse422": ".ai_clothes_changer_create_image_response_422",
    "AiClothesChangerCreateImageResponse429": ".ai_clothes_changer_create_image_response_429",
    "AiClothesChangerCreateImageResponse500": ".ai_clothes_changer_create_image_response_500",
    "AiClothesChangerCreateImageResponse503": ".ai_clothes_changer_create_image_response_503",
    "AiFaceEditorEditImageBody": ".ai_face_editor_edit_image_body",
    "AiFaceEditorEditImageBodyAssets": ".ai_face_editor_edit_image_body_assets",
    "AiFaceEditorEditImageBodyStyle": ".ai_face_editor_edit_image_body_style",
    "AiFaceEditorEditImageResponse200": ".ai_face_editor_edit_image_response_200",
    "AiFaceEditorEditImageResponse400": ".ai_face_editor_edit_image_response_400",
    "AiFaceEditorEditImageResponse401": ".ai_face_editor_edit_image_response_401",
    "AiFaceEditorEditImageResponse402": ".ai_face_editor_edit_image_response_402",
    "AiFaceEditorEditImageResponse404": ".ai_face_editor_edit_image_response_404",
    "AiFaceEditorEditImageResponse422": ".ai_face_editor_edit_image_response_422",
    "AiFaceEditorEditImageResponse429": ".ai_face_editor_edit_image_response_429",
    "AiFaceEditorEditImageResponse500": ".ai_face_editor_edit_image_response_500",
    "AiFaceEditorEditImageResponse503": ".ai_face_editor_edit_image_response_503",
    "AiGifGeneratorCreateImageBody": ".ai_gif_generator_create_image_body",
    "AiGifGeneratorCreateImageBodyOutputFormat": ".ai_gif_generator_create_image_body_output_format",
    "AiGifGeneratorCreateImageBodyStyle": ".ai_gif_generator_create_image_body_style",
    "AiGifGeneratorCreateImageResponse200": ".ai_gif_generator_create_image_response_200",
    "AiGifGeneratorCreateImageResponse400": ".ai_gif_generator_create_image_response_400",
    "AiGifGeneratorCreateImageResponse401": ".ai_gif_generator_create_image_response_401",
    "AiGifGeneratorCreateImageResponse402": ".ai_gif_generator_create_image_response_402",
    "AiGifGeneratorCreateImageResponse404": ".ai_gif_generator_create_image_response_404",
    "AiGifGeneratorCreateImageResponse422": ".ai_gif_generator_create_image_response_422",
    "AiGifGeneratorCreateImageResponse429": ".ai_gif_generator_create_image_response_429",
    "AiGifGeneratorCreateImageResponse500": ".ai_gif_generator_create_image_response_500",
    "AiGifGeneratorCreateImageResponse503": ".ai_gif_generator_create_image_response_503",
    "AiHeadshotGeneratorCreateImageBody": ".ai_headshot_generator_create_image_body",
    "AiHeadshotGeneratorCreateImageBodyAssets": ".ai_headshot_generator_create_image_body_assets",
    "AiHeadshotGeneratorCreateImageBodyStyle": ".ai_headshot_generator_create_image_body_style",
    "AiHeadshotGeneratorCreateImageResponse200": ".ai_headshot_generator_create_image_response_200",
    "AiHeadshotGeneratorCreateImageResponse400": ".ai_headshot_generator_create_image_response_400",
    "AiHeadshotGeneratorCreateImageResponse401": ".ai_headshot_generator_create_image_response_401",
    "AiHeadshotGeneratorCreateImageResponse402": ".ai_headshot_generator_create_image_response_402",
    "AiHeadshotGeneratorCreateImageResponse404": ".ai_headshot_generator_create_image_response_404",
    "AiHeadshotGeneratorCreateImageResponse422": ".ai_headshot_generator_create_image_response_422",
    "AiHeadshotGeneratorCreateImageResponse429": ".ai_headshot_generator_create_image_response_429",
    "AiHeadshotGeneratorCreateImageResponse500": ".ai_headshot_generator_create_image_response_500",
    "AiHeadshotGeneratorCreateImageResponse503": ".ai_headshot_generator_create_image_response_503",
    "AiImageEditorCreateImageBody": ".ai_image_editor_create_image_body",
    "AiImageEditorCreateImageBodyAspectRatio": ".ai_image_editor_create_image_body_aspect_ratio",
    "AiImageEditorCreateImageBodyAssets": ".ai_image_editor_create_image_body_assets",
    "AiImageEditorCreateImageBodyImageCount": ".ai_image_editor_create_image_body_image_count",
    "AiImageEditorCreateImageBodyModel": ".ai_image_editor_create_image_body_model",
    "AiImageEditorCreateImageBodyResolution": ".ai_image_editor_create_image_body_resolution",
    "AiImageEditorCreateImageBodyStyle": ".ai_image_editor_create_image_body_style",
    "AiImageEditorCreateImageResponse200": ".ai_image_editor_create_image_response_200",
    "AiImageEditorCreateImageResponse400": ".ai_image_editor_create_image_response_400",
    "AiImageEditorCreateImageResponse401": ".ai_image_editor_create_image_response_401",
    "AiImageEditorCreateImageResponse402": ".ai_image_editor_create_image_response_402",
    "AiImageEditorCreateImageResponse404": ".ai_image_editor_create_image_response_404",
    "AiImageEditorCreateImageResponse422": ".ai_image_editor_create_image_response_422",
    "AiImageEditorCreateImageResponse429": ".ai_image_editor_create_image_response_429",
    "AiImageEditorCreateImageResponse500": ".ai_image_editor_create_image_response_500",
    "AiImageEditorCreateImageResponse503": ".ai_image_editor_create_image_response_503",
    "AiImageGeneratorCreateImageBody": ".ai_image_generator_create_image_body",
    "AiImageGeneratorCreateImageBodyAspectRatio": ".ai_image_generator_create_image_body_aspect_ratio",
    "AiImageGeneratorCreateImageBodyModel": ".ai_image_generator_create_image_body_model",
    "AiImageGeneratorCreateImageBodyResolution": ".ai_image_generator_create_image_body_resolution",
    "AiImageGeneratorCreateImageBodyStyle": ".ai_image_generator_create_image_body_style",
    "AiImageGeneratorCreateImageBodyStyleTool": ".ai_image_generator_create_image_body_style_tool",
    "AiImageGeneratorCreateImageResponse200": ".ai_image_generator_create_image_response_200",
    "AiImageGeneratorCreateImageResponse400": ".ai_image_generator_create_image_response_400",
    "AiImageGeneratorCreateImageResponse401": ".ai_image_generator_create_image_response_401",
    "AiImageGeneratorCreateImageResponse402": ".ai_image_generator_create_image_response_402",
    "AiImageGeneratorCreateImageResponse404": ".ai_image_generator_create_image_response_404",
    "AiImageGeneratorCreateImageResponse422": ".ai_image_generator_create_image_response_422",
    "AiImageGeneratorCreateImageResponse429": ".ai_image_generator_create_image_response_429",
    "AiImageGeneratorCreateImageResponse500": ".ai_image_generator_create_image_response_500",
    "AiImageGeneratorCreateImageResponse503": ".ai_image_generator_create_image_response_503",
    "AiImageUpscalerCreateImageBody": ".ai_image_upscaler_create_image_body",
    "AiImageUpscalerCreateImageBodyAssets": ".ai_image_upscaler_create_image_body_assets",
    "AiImageUpscalerCreateImageBodyStyle": ".ai_image_upscaler_create_image_body_style",
    "AiImageUpscalerCreateImageBodyStyleMode": ".ai_image_upscaler_create_image_body_style_mode",
    "AiImageUpscalerCreateImageResponse200": ".ai_image_upscaler_create_image_response_200",
    "AiImageUpscalerCreateImageResponse400": ".ai_image_upscaler_create_image_response_400",
    "AiImageUpscalerCreateImageResponse401": ".ai_image_upscaler_create_image_response_401",
    "AiImageUpscalerCreateImageResponse402": ".ai_image_upscaler_create_image_response_402",
    "AiImageUpscalerCreateImageResponse404": ".ai_image_upscaler_create_image_response_404",
    "AiImageUpscalerCreateImageResponse422": ".ai_image_upscaler_create_image_response_422",
    "AiImageUpscalerCreateImageResponse429": ".ai_image_upscaler_create_image_response_429",
    "AiImageUpscalerCreateImageResponse500": ".ai_image_upscaler_create_image_response_500",
    "AiImageUpscalerCreateImageResponse503": ".ai_image_upscaler_create_image_response_503",
    "AiMemeGeneratorCreateImageBody": ".ai_meme_generator_create_image_body",
    "AiMemeGeneratorCreateImageBodyStyle": ".ai_meme_generator_create_image_body_style",
    "AiMemeGeneratorCreateImageBodyStyleTemplate": ".ai_meme_generator_create_image_body_style_template",
    "AiMemeGeneratorCreateImageResponse200": ".ai_meme_generator_create_image_response_200",
    "AiMemeGeneratorCreateImageResponse400": ".ai_meme_generator_create_image_response_400",
    "AiMemeGeneratorCreateImageResponse401": ".ai_meme_generator_create_image_response_401",
    "AiMemeGeneratorCreateImageResponse402": ".ai_meme_generator_create_image_response_402",
    "AiMemeGeneratorCreateImageResponse404": ".ai_meme_generator_create_image_response_404",
    "AiMemeGeneratorCreateImageResponse422": ".ai_meme_generator_create_image_response_422",
    "AiMemeGeneratorCreateImageResponse429": ".ai_meme_generator_create_image_response_429",
    "AiMemeGeneratorCreateImageResponse500": ".ai_meme_generator_create_image_response_500",
    "AiMemeGeneratorCreateImageResponse503": ".ai_meme_generator_create_image_response_503",
    "AiQrCodeGeneratorCreateImageBody": ".ai_qr_code_generator_create_image_body",
    "AiQrCodeGeneratorCreateImageBodyStyle": ".ai_qr_code_generator_create_image_body_style",
    "AiQrCodeGeneratorCreateImageResponse200": ".ai_qr_code_generator_create_image_response_200",
    "AiQrCodeGeneratorCreateImageResponse400": ".ai_qr_code_generator_create_image_response_400",
    "AiQrCodeGeneratorCreateImageResponse401": ".ai_qr_code_generator_create_image_response_401",
    "AiQrCodeGeneratorCreateImageResponse402": ".ai_qr_code_generator_create_image_response_402",
    "AiQrCodeGeneratorCreateImageResponse404": ".ai_qr_code_generator_create_image_response_404",
    "AiQrCodeGeneratorCreateImageResponse422": ".ai_qr_code_generator_create_image_response_422",
    "AiQrCodeGeneratorCreateImageResponse429": ".ai_qr_code_generator_create_image_response_429",
    "AiQrCodeGeneratorCreateImageResponse500": ".ai_qr_code_generator_create_image_response_500",
    "AiQrCodeGeneratorCreateImageResponse503": ".ai_qr_code_generator_create_image_response_503",
    "AiTalkingPhotoCreateTalkingPhotoBody": ".ai_talking_photo_create_talking_photo_body",
    "AiTalkingPhotoCreateTalkingPhotoBodyAssets": ".ai_talking_photo_create_talking_photo_body_assets",
    "AiTalkingPhotoCreateTalkingPhotoBodyStyle": ".ai_talking_photo_create_talking_photo_body_style",
    "AiTalkingPhotoCreateTalkingPhotoBodyStyleGenerationMode": ".ai_talking_photo_create_talking_photo_body_style_generation_mode",
    "AiTalkingPhotoCreateTalkingPhotoResponse200": ".ai_talking_photo_create_talking_photo_response_200",
    "AiTalkingPhotoCreateTalkingPhotoResponse400": ".ai_talking_photo_create_talking_photo_response_400",
    "AiTalkingPhotoCreateTalkingPhotoResponse401": ".ai_talking_photo_create_talking_photo_response_401",
    "AiTalkingPhotoCreateTalkingPhotoResponse402": ".ai_talking_photo_create_talking_photo_response_402",
    "AiTalkingPhotoCreateTalkingPhotoResponse404": ".ai_talking_photo_create_talking_photo_response_404",
    "AiTalkingPhotoCreateTalkingPhotoResponse422": ".ai_talking_photo_create_talking_photo_response_422",
    "AiTalkingPhotoCreateTalkingPhotoResponse429": ".ai_talking_photo_create_talking_photo_response_429",
    "AiTalkingPhotoCreateTalkingPhotoResponse500": ".ai_talking_photo_create_talking_photo_response_500",
    "AiTalkingPhotoCreateTalkingPhotoResponse503": ".ai_talking_photo_create_talking_photo_response_503",
    "AiVideoEditorCreateVideoBody": ".ai_video_editor_create_video_body",
    "AiVideoEditorCreateVideoBodyAssets": ".ai_video_editor_create_video_body_assets",
    "AiVideoEditorCreateVideoBodyModel": ".ai_video_editor_create_video_body_model",
    "AiVideoEditorCreateVideoBodyResolution": ".ai_video_editor_create_video_body_resolution",
    "AiVideoEditorCreateVideoBodyStyle": ".ai_video_editor_create_video_body_style",
    "AiVideoEditorCreateVideoResponse200": ".ai_video_editor_create_video_response_200",
    "AiVideoEditorCreateVideoResponse400": ".ai_video_editor_create_video_response_400",
    "AiVideoEditorCreateVideoResponse401": ".ai_video_editor_create_video_response_401",
    "AiVideoEditorCreateVideoResponse402": ".ai_video_editor_create_video_response_402",
    "AiVideoEditorCreateVideoResponse404": ".ai_video_editor_create_video_response_404",
    "AiVideoEditorCreateVideoResponse422": ".ai_video_editor_create_video_response_422",
    "AiVideoEditorCreateVideoResponse429": ".ai_video_editor_create_video_response_429",
    "AiVideoEditorCreateVideoResponse500": ".ai_video_editor_create_video_response_500",
    "AiVideoEditorCreateVideoResponse503": ".ai_video_editor_create_video_response_503",
    "AiVideoTranslatorCreateVideoBody": ".ai_video_translator_create_video_body",
    "AiVideoTranslatorCreateVideoBodyAssets": ".ai_video_translator_create_video_body_assets",
    "AiVideoTranslatorCreateVideoBodyResolution": ".ai_video_translator_create_video_body_resolution",
    "AiVideoTranslatorCreateVideoBodyTargetLanguage": ".ai_video_translator_create_video_body_target_language",
    "AiVideoTranslatorCreateVideoResponse200": ".ai_video_translator_create_video_response_200",
    "AiVideoTranslatorCreateVideoResponse400": ".ai_video_translator_create_video_response_400",
    "AiVideoTranslatorCreateVideoResponse401": ".ai_video_translator_create_video_response_401",
    "AiVideoTranslatorCreateVideoResponse402": ".ai_video_translator_create_video_response_402",
    "AiVideoTranslatorCreateVideoResponse404": ".ai_video_translator_create_video_response_404",
    "AiVideoTranslatorCreateVideoResponse422": ".ai_video_translator_create_video_response_422",
    "AiVideoTranslatorCreateVideoResponse429": ".ai_video_translator_create_video_response_429",
    "AiVideoTranslatorCreateVideoResponse500": ".ai_video_translator_create_video_response_500",
    "AiVideoTranslatorCreateVideoResponse503": ".ai_video_translator_create_video_response_503",
    "AiVoiceClonerCreateAudioBody": ".ai_voice_cloner_create_audio_body",
    "AiVoiceClonerCreateAudioBodyAssets": ".ai_voice_cloner_create_audio_body_assets",
    "AiVoiceClonerCreateAudioBodyStyle": ".ai_voice_cloner_create_audio_body_style",
    "AiVoiceClonerCreateAudioResponse200": ".ai_voice_cloner_create_audio_response_200",
    "AiVoiceClonerCreateAudioResponse400": ".ai_voice_cloner_create_audio_response_400",
    "AiVoiceClonerCreateAudioResponse401": ".ai_voice_cloner_create_audio_response_401",
    "AiVoiceClonerCreateAudioResponse402": ".ai_voice_cloner_create_audio_response_402",
    "AiVoiceClonerCreateAudioResponse404": ".ai_voice_cloner_create_audio_response_404",
    "AiVoiceClonerCreateAudioResponse422": ".ai_voice_cloner_create_audio_response_422",
    "AiVoiceClonerCreateAudioResponse429": ".ai_voice_cloner_create_audio_response_429",
    "AiVoiceClonerCreateAudioResponse500": ".ai_voice_cloner_create_audio_response_500",
    "AiVoiceClonerCreateAudioResponse503": ".ai_voice_cloner_create_audio_response_503",
    "AiVoiceGeneratorCreateAudioBody": ".ai_voice_generator_create_audio_body",
    "AiVoiceGeneratorCreateAudioBodyStyle": ".ai_voice_generator_create_audio_body_style",
    "AiVoiceGeneratorCreateAudioBodyStyleVoiceName": ".ai_voice_generator_create_audio_body_style_voice_name",
    "AiVoiceGeneratorCreateAudioResponse200": ".ai_voice_generator_create_audio_response_200",
    "AiVoiceGeneratorCreateAudioResponse400": ".ai_voice_generator_create_audio_response_400",
    "AiVoiceGeneratorCreateAudioResponse401": ".ai_voice_generator_create_audio_response_401",
    "AiVoiceGeneratorCreateAudioResponse402": ".ai_voice_generator_create_audio_response_402",
    "AiVoiceGeneratorCreateAudioResponse404": ".ai_voice_generator_create_audio_response_404",
    "AiVoiceGeneratorCreateAudioResponse422": ".ai_voice_generator_create_audio_response_422",
    "AiVoiceGeneratorCreateAudioResponse429": ".ai_voice_generator_create_audio_response_429",
    "AiVoiceGeneratorCreateAudioResponse500": ".ai_voice_generator_create_audio_response_500",
    "AiVoiceGeneratorCreateAudioResponse503": ".ai_voice_generator_create_audio_response_503",
    "AnimationCreateVideoBody": ".animation_create_video_body",
    "AnimationCreateVideoBodyAssets": ".animation_create_video_body_assets",
    "AnimationCreateVideoBodyAssetsAudioSource": ".animation_create_video_body_assets_audio_source",
    "AnimationCreateVideoBodyStyle": ".animation_create_video_body_style",
    "AnimationCreateVideoBodyStyleArtStyle": ".animation_create_video_body_style_art_style",
    "AnimationCreateVideoBodyStyleCameraEffect": ".animation_create_video_body_style_camera_effect",
    "AnimationCreateVideoBodyStylePromptType": ".animation_create_video_body_style_prompt_type",
    "AnimationCreateVideoResponse200": ".animation_create_video_response_200",
    "AnimationCreateVideoResponse400": ".animation_create_video_response_400",
    "AnimationCreateVideoResponse401": ".animation_create_video_response_401",
    "AnimationCreateVideoResponse402": ".animation_create_video_response_402",
    "AnimationCreateVideoResponse404": ".animation_create_video_response_404",
    "AnimationCreateVideoResponse422": ".animation_create_video_response_422",
    "AnimationCreateVideoResponse429": ".animation_create_video_response_429",
    "AnimationCreateVideoResponse500": ".animation_create_video_response_500",
    "AnimationCreateVideoResponse503": ".animation_create_video_response_503",
    "AudioProjectsDeleteResponse400": ".audio_projects_delete_response_400",
    "AudioProjectsDeleteResponse401": ".audio_projects_delete_response_401",
    "AudioProjectsDeleteResponse402": ".audio_projects_delete_response_402",
    "AudioProjectsDeleteResponse404": ".audio_projects_delete_response_404",
    "AudioProjectsDeleteResponse429": ".audio_projects_delete_response_429",
    "AudioProjectsDeleteResponse500": ".audio_projects_delete_response_500",
    "AudioProjectsDeleteResponse503": ".audio_projects_delete_response_503",
    "AudioProjectsGetDetailsResponse200": ".audio_projects_get_details_response_200",
    "AudioProjectsGetDetailsResponse200DownloadsItem": ".audio_projects_get_details_response_200_downloads_item",
    "AudioProjectsGetDetailsResponse200ErrorType0": ".audio_projects_get_details_response_200_error_type_0",
    "AudioProjectsGetDetailsResponse400": ".audio_projects_get_details_response_400",
    "AudioProjectsGetDetailsResponse401": ".audio_projects_get_details_response_401",
    "AudioProjectsGetDetailsResponse402": ".audio_projects_get_details_response_402",
    "AudioProjectsGetDetailsResponse404": ".audio_projects_get_details_response_404",
    "AudioProjectsGetDetailsResponse429": ".audio_projects_get_details_response_429",
    "AudioProjectsGetDetailsResponse500": ".audio_projects_get_details_response_500",
    "AudioProjectsGetDetailsResponse503": ".audio_projects_get_details_response_503",
    "AudioToVideoCreateVideoBody": ".audio_to_video_create_video_body",
    "AudioToVideoCreateVideoBodyAssets": ".audio_to_video_create_video_body_assets",
    "AudioToVideoCreateVideoBodyResolution": ".audio_to_video_create_video_body_resolution",
    "AudioToVideoCreateVideoBodyStyle": ".audio_to_video_create_video_body_style",
    "AudioToVideoCreateVideoResponse200": ".audio_to_video_create_video_response_200",
    "AudioToVideoCreateVideoResponse400": ".audio_to_video_create_video_response_400",
    "AudioToVideoCreateVideoResponse401": ".audio_to_video_create_video_response_401",
    "AudioToVideoCreateVideoResponse402": ".audio_to_video_create_video_response_402",
    "AudioToVideoCreateVideoResponse404": ".audio_to_video_create_video_response_404",
    "AudioToVideoCreateVideoResponse422": ".audio_to_video_create_video_response_422",
    "AudioToVideoCreateVideoResponse429": ".audio_to_video_create_video_response_429",
    "AudioToVideoCreateVideoResponse500": ".audio_to_video_create_video_response_500",
    "AudioToVideoCreateVideoResponse503": ".audio_to_video_create_video_response_503",
    "AutoSubtitleGeneratorCreateVideoBody": ".auto_subtitle_generator_create_video_body",
    "AutoSubtitleGeneratorCreateVideoBodyAssets": ".auto_subtitle_generator_create_video_body_assets",
    "AutoSubtitleGeneratorCreateVideoBodyStyle": ".auto_subtitle_generator_create_video_body_style",
    "AutoSubtitleGeneratorCreateVideoBodyStyleCustomConfig": ".auto_subtitle_generator_create_video_body_style_custom_config",
    "AutoSubtitleGeneratorCreateVideoBodyStyleTemplate": ".auto_subtitle_generator_create_video_body_style_template",
    "AutoSubtitleGeneratorCreateVideoResponse200": ".auto_subtitle_generator_create_video_response_200",
    "AutoSubtitleGeneratorCreateVideoResponse400": ".auto_subtitle_generator_create_video_response_400",
    "AutoSubtitleGeneratorCreateVideoResponse401": ".auto_subtitle_generator_create_video_response_401",
    "AutoSubtitleGeneratorCreateVideoResponse402": ".auto_subtitle_generator_create_video_response_402",
    "AutoSubtitleGeneratorCreateVideoResponse404": ".auto_subtitle_generator_create_video_response_404",
    "AutoSubtitleGeneratorCreateVideoResponse422": ".auto_subtitle_generator_create_video_response_422",
    "AutoSubtitleGeneratorCreateVideoResponse429": ".auto_subtitle_generator_create_video_response_429",
    "AutoSubtitleGeneratorCreateVideoResponse500": ".auto_subtitle_generator_create_video_response_500",
    "AutoSubtitleGeneratorCreateVideoResponse503": ".auto_subtitle_generator_create_video_response_503",
    "BodySwapCreateImageBody": ".body_swap_create_image_body",
    "BodySwapCreateImageBodyAssets": ".body_swap_create_image_body_assets",
    "BodySwapCreateImageBodyResolution": ".body_swap_create_image_body_resolution",
    "BodySwapCreateImageResponse200": ".body_swap_create_image_response_200",
    "BodySwapCreateImageResponse400": ".body_swap_create_image_response_400",
    "BodySwapCreateImageResponse401": ".body_swap_create_image_response_401",
    "BodySwapCreateImageResponse402": ".body_swap_create_image_response_402",
    "BodySwapCreateImageResponse404": ".body_swap_create_image_response_404",
    "BodySwapCreateImageResponse422": ".body_swap_create_image_response_422",
    "BodySwapCreateImageResponse429": ".body_swap_create_image_response_429",
    "BodySwapCreateImageResponse500": ".body_swap_create_image_response_500",
    "BodySwapCreateImageResponse503": ".body_swap_create_image_response_503",
    "CharacterReplaceCreateVideoBody": ".character_replace_create_video_body",
    "CharacterReplaceCreateVideoBodyAssets": ".character_replace_create_video_body_assets",
    "CharacterReplaceCreateVideoBodyModel": ".character_replace_create_video_body_model",
    "CharacterReplaceCreateVideoBodyResolution": ".character_replace_create_video_body_resolution",
    "CharacterReplaceCreateVideoBodyStyle": ".character_replace_create_video_body_style",
    "CharacterReplaceCreateVideoBodyStyleMode": ".character_replace_create_video_body_style_mode",
    "CharacterReplaceCreateVideoBodyStylePointsItem": ".character_replace_create_video_body_style_points_item",
    "CharacterReplaceCreateVideoBodyStyleSelectionMode": ".character_replace_create_video_body_style_selection_mode",
    "CharacterReplaceCreateVideoResponse200": ".character_replace_create_video_response_200",
    "CharacterReplaceCreateVideoResponse400": ".character_replace_create_video_response_400",
    "CharacterReplaceCreateVideoResponse401": ".character_replace_create_video_response_401",
    "CharacterReplaceCreateVideoResponse402": ".character_replace_create_video_response_402",
    "CharacterReplaceCreateVideoResponse404": ".character_replace_create_video_response_404",
    "CharacterReplaceCreateVideoResponse422": ".character_replace_create_video_response_422",
    "CharacterReplaceCreateVideoResponse429": ".character_replace_create_video_response_429",
    "CharacterReplaceCreateVideoResponse500": ".character_replace_create_video_response_500",
    "CharacterReplaceCreateVideoResponse503": ".character_replace_create_video_response_503",
    "FaceDetectionDetectFacesBody": ".face_detection_detect_faces_body",
    "FaceDetectionDetectFacesBodyAssets": ".face_detection_detect_faces_body_assets",
    "FaceDetectionDetectFacesResponse200": ".face_detection_detect_faces_response_200",
    "FaceDetectionDetectFacesResponse400": ".face_detection_detect_faces_response_400",
    "FaceDetectionDetectFacesResponse401": ".face_detection_detect_faces_response_401",
    "FaceDetectionDetectFacesResponse402": ".face_detection_detect_faces_response_402",
    "FaceDetectionDetectFacesResponse404": ".face_detection_detect_faces_response_404",
    "FaceDetectionDetectFacesResponse422": ".face_detection_detect_faces_response_422",
    "FaceDetectionDetectFacesResponse429": ".face_detection_detect_faces_response_429",
    "FaceDetectionDetectFacesResponse500": ".face_detection_detect_faces_response_500",
    "FaceDetectionDetectFacesResponse503": ".face_detection_detect_faces_response_503",
    "FaceDetectionGetDetailsResponse200": ".face_detection_get_details_response_200",
    "FaceDetectionGetDetailsResponse200FacesItem": ".face_detection_get_details_response_200_faces_item",
    "FaceDetectionGetDetailsResponse400": ".face_detection_get_details_response_400",
    "FaceDetectionGetDetailsResponse401": ".face_detection_get_details_response_401",
    "FaceDetectionGetDetailsResponse402": ".face_detection_get_details_response_402",
    "FaceDetectionGetDetailsResponse404": ".face_detection_get_details_response_404",
    "FaceDetectionGetDetailsResponse422": ".face_detection_get_details_response_422",
    "FaceDetectionGetDetailsResponse429": ".face_detection_get_details_response_429",
    "FaceDetectionGetDetailsResponse500": ".face_detection_get_details_response_500",
    "FaceDetectionGetDetailsResponse503": ".face_detection_get_details_response_503",
    "FaceSwapCreateVideoBody": ".face_swap_create_video_body",
    "FaceSwapCreateVideoBodyAssets": ".face_swap_create_video_body_assets",
    "FaceSwapCreateVideoBodyAssetsFaceMappingsItem": ".face_swap_create_video_body_assets_face_mappings_item",
    "FaceSwapCreateVideoBodyAssetsFaceSwapMode": ".face_swap_create_video_body_assets_face_swap_mode",
    "FaceSwapCreateVideoBodyAssetsVideoSource": ".face_swap_create_video_body_assets_video_source",
    "FaceSwapCreateVideoBodyStyle": ".face_swap_create_video_body_style",
    "FaceSwapCreateVideoBodyStyleVersion": ".face_swap_create_video_body_style_version",
    "FaceSwapCreateVideoResponse200": ".face_swap_create_video_response_200",
    "FaceSwapCreateVideoResponse400": ".face_swap_create_video_response_400",
    "FaceSwapCreateVideoResponse401": ".face_swap_create_video_response_401",
    "FaceSwapCreateVideoResponse402": ".face_swap_create_video_response_402",
    "FaceSwapCreateVideoResponse404": ".face_swap_create_video_response_404",
    "FaceSwapCreateVideoResponse422": ".face_swap_create_video_response_422",
    "FaceSwapCreateVideoResponse429": ".face_swap_create_video_response_429",
    "FaceSwapCreateVideoResponse500": ".face_swap_create_video_response_500",
    "FaceSwapCreateVideoResponse503": ".face_swap_create_video_response_503",
    "FaceSwapPhotoCreateImageBody": ".face_swap_photo_create_image_body",
    "FaceSwapPhotoCreateImageBodyAssets": ".face_swap_photo_create_image_body_assets",
    "FaceSwapPhotoCreateImageBodyAssetsFaceMappingsItem": ".face_swap_photo_create_image_body_assets_face_mappings_item",
    "FaceSwapPhotoCreateImageBodyAssetsFaceSwapMode": ".face_swap_photo_create_image_body_assets_face_swap_mode",
    "FaceSwapPhotoCreateImageResponse200": ".face_swap_photo_create_image_response_200",
    "FaceSwapPhotoCreateImageResponse400": ".face_swap_photo_create_image_response_400",
    "FaceSwapPhotoCreateImageResponse401": ".face_swap_photo_create_image_response_401",
    "FaceSwapPhotoCreateImageResponse402": ".face_swap_photo_create_image_response_402",
    "FaceSwapPhotoCreateImageResponse404": ".face_swap_photo_create_image_response_404",
    "FaceSwapPhotoCreateImageResponse422": ".face_swap_photo_create_image_response_422",
    "FaceSwapPhotoCreateImageResponse429": ".face_swap_photo_create_image_response_429",
    "FaceSwapPhotoCreateImageResponse500": ".face_swap_photo_create_image_response_500",
    "FaceSwapPhotoCreateImageResponse503": ".face_swap_photo_create_image_response_503",
    "HeadSwapCreateImageBody": ".head_swap_create_image_body",
    "HeadSwapCreateImageBodyAssets": ".head_swap_create_image_body_assets",
    "HeadSwapCreateImageResponse200": ".head_swap_create_image_response_200",
    "HeadSwapCreateImageResponse400": ".head_swap_create_image_response_400",
    "HeadSwapCreateImageResponse401": ".head_swap_create_image_response_401",
    "HeadSwapCreateImageResponse402": ".head_swap_create_image_response_402",
    "HeadSwapCreateImageResponse404": ".head_swap_create_image_response_404",
    "HeadSwapCreateImageResponse422": ".head_swap_create_image_response_422",
    "HeadSwapCreateImageResponse429": ".head_swap_create_image_response_429",
    "HeadSwapCreateImageResponse500": ".head_swap_create_image_response_500",
    "HeadSwapCreateImageResponse503": ".head_swap_create_image_response_503",
    "ImageBackgroundRemoverCreateImageBody": ".image_background_remover_create_image_body",
    "ImageBackgroundRemoverCreateImageBodyAssets": ".image_background_remover_create_image_body_assets",
    "ImageBackgroundRemoverCreateImageResponse200": ".image_background_remover_create_image_response_200",
    "ImageBackgroundRemoverCreateImageResponse400": ".image_background_remover_create_image_response_400",
    "ImageBackgroundRemoverCreateImageResponse401": ".image_background_remover_create_image_response_401",
    "ImageBackgroundRemoverCreateImageResponse402": ".image_background_remover_create_image_response_402",
    "ImageBackgroundRemoverCreateImageResponse404": ".image_background_remover_create_image_response_404",
    "ImageBackgroundRemoverCreateImageResponse422": ".image_background_remover_create_image_response_422",
    "ImageBackgroundRemoverCreateImageResponse429": ".image_background_remover_create_image_response_429",
    "ImageBackgroundRemoverCreateImageResponse500": ".image_background_remover_create_image_response_500",
    "ImageBackgroundRemoverCreateImageResponse503": ".image_background_remover_create_image_response_503",
    "ImageProjectsDeleteResponse400": ".image_projects_delete_response_400",
    "ImageProjectsDeleteResponse401": ".image_projects_delete_response_401",
    "ImageProjectsDeleteResponse402": ".image_projects_delete_response_402",
    "ImageProjectsDeleteResponse404": ".image_projects_delete_response_404",
    "ImageProjectsDeleteResponse429": ".image_projects_delete_response_429",
    "ImageProjectsDeleteResponse500": ".image_projects_delete_response_500",
    "ImageProjectsDeleteResponse503": ".image_projects_delete_response_503",
    "ImageProjectsGetDetailsResponse200": ".image_projects_get_details_response_200",
    "ImageProjectsGetDetailsResponse200DownloadsItem": ".image_projects_get_details_response_200_downloads_item",
    "ImageProjectsGetDetailsResponse200ErrorType0": ".image_projects_get_details_response_200_error_type_0",
    "ImageProjectsGetDetailsResponse400": ".image_projects_get_details_response_400",
    "ImageProjectsGetDetailsResponse401": ".image_projects_get_details_response_401",
    "ImageProjectsGetDetailsResponse402": ".image_projects_get_details_response_402",
    "ImageProjectsGetDetailsResponse404": ".image_projects_get_details_response_404",
    "ImageProjectsGetDetailsResponse429": ".image_projects_get_details_response_429",
    "ImageProjectsGetDetailsResponse500": ".image_projects_get_details_response_500",
    "ImageProjectsGetDetailsResponse503": ".image_projects_get_details_response_503",
    "ImageToVideoCreateVideoBody": ".image_to_video_create_video_body",
    "ImageToVideoCreateVideoBodyAssets": ".image_to_video_create_video_body_assets",
    "ImageToVideoCreateVideoBodyModel": ".image_to_video_create_video_body_model",
    "ImageToVideoCreateVideoBodyResolution": ".image_to_video_create_video_body_resolution",
    "ImageToVideoCreateVideoBodyStyle": ".image_to_video_create_video_body_style",
    "ImageToVideoCreateVideoResponse200": ".image_to_video_create_video_response_200",
    "ImageToVideoCreateVideoResponse400": ".image_to_video_create_video_response_400",
    "ImageToVideoCreateVideoResponse401": ".image_to_video_create_video_response_401",
    "ImageToVideoCreateVideoResponse402": ".image_to_video_create_video_response_402",
    "ImageToVideoCreateVideoResponse404": ".image_to_video_create_video_response_404",
    "ImageToVideoCreateVideoResponse422": ".image_to_video_create_video_response_422",
    "ImageToVideoCreateVideoResponse429": ".image_to_video_create_video_response_429",
    "ImageToVideoCreateVideoResponse500": ".image_to_video_create_video_response_500",
    "ImageToVideoCreateVideoResponse503": ".image_to_video_create_video_response_503",
    "LipSyncCreateVideoBody": ".lip_sync_create_video_body",
    "LipSyncCreateVideoBodyAssets": ".lip_sync_create_video_body_assets",
    "LipSyncCreateVideoBodyAssetsVideoSource": ".lip_sync_create_video_body_assets_video_source",
    "LipSyncCreateVideoBodyStyle": ".lip_sync_create_video_body_style",
    "LipSyncCreateVideoBodyStyleGenerationMode": ".lip_sync_create_video_body_style_generation_mode",
    "LipSyncCreateVideoResponse200": ".lip_sync_create_video_response_200",
    "LipSyncCreateVideoResponse400": ".lip_sync_create_video_response_400",
    "LipSyncCreateVideoResponse401": ".lip_sync_create_video_response_401",
    "LipSyncCreateVideoResponse402": ".lip_sync_create_video_response_402",
    "LipSyncCreateVideoResponse404": ".lip_sync_create_video_response_404",
    "LipSyncCreateVideoResponse422": ".lip_sync_create_video_response_422",
    "LipSyncCreateVideoResponse429": ".lip_sync_create_video_response_429",
    "LipSyncCreateVideoResponse500": ".lip_sync_create_video_response_500",
    "LipSyncCreateVideoResponse503": ".lip_sync_create_video_response_503",
    "PhotoColorizerCreateImageBody": ".photo_colorizer_create_image_body",
    "PhotoColorizerCreateImageBodyAssets": ".photo_colorizer_create_image_body_assets",
    "PhotoColorizerCreateImageResponse200": ".photo_colorizer_create_image_response_200",
    "PhotoColorizerCreateImageResponse400": ".photo_colorizer_create_image_response_400",
    "PhotoColorizerCreateImageResponse401": ".photo_colorizer_create_image_response_401",
    "PhotoColorizerCreateImageResponse402": ".photo_colorizer_create_image_response_402",
    "PhotoColorizerCreateImageResponse404": ".photo_colorizer_create_image_response_404",
    "PhotoColorizerCreateImageResponse422": ".photo_colorizer_create_image_response_422",
    "PhotoColorizerCreateImageResponse429": ".photo_colorizer_create_image_response_429",
    "PhotoColorizerCreateImageResponse500": ".photo_colorizer_create_image_response_500",
    "PhotoColorizerCreateImageResponse503": ".photo_colorizer_create_image_response_503",
    "SavedItemsListResponse200": ".saved_items_list_response_200",
    "SavedItemsListResponse200ItemsItem": ".saved_items_list_response_200_items_item",
    "SavedItemsListResponse200ItemsItemAssetsItem": ".saved_items_list_response_200_items_item_assets_item",
    "SavedItemsListResponse400": ".saved_items_list_response_400",
    "SavedItemsListResponse401": ".saved_items_list_response_401",
    "SavedItemsListResponse429": ".saved_items_list_response_429",
    "SavedItemsListResponse500": ".saved_items_list_response_500",
    "SavedItemsListResponse503": ".saved_items_list_response_503",
    "SavedItemsListType": ".saved_items_list_type",
    "TextToVideoCreateVideoBody": ".text_to_video_create_video_body",
    "TextToVideoCreateVideoBodyAspectRatio": ".text_to_video_create_video_body_aspect_ratio",
    "TextToVideoCreateVideoBodyModel": ".text_to_video_create_video_body_model",
    "TextToVideoCreateVideoBodyReferencesItem": ".text_to_video_create_video_body_references_item",
    "TextToVideoCreateVideoBodyResolution": ".text_to_video_create_video_body_resolution",
    "TextToVideoCreateVideoBodyStyle": ".text_to_video_create_video_body_style",
    "TextToVideoCreateVideoResponse200": ".text_to_video_create_video_response_200",
    "TextToVideoCreateVideoResponse400": ".text_to_video_create_video_response_400",
    "TextToVideoCreateVideoResponse401": ".text_to_video_create_video_response_401",
    "TextToVideoCreateVideoResponse402": ".text_to_video_create_video_response_402",
    "TextToVideoCreateVideoResponse404": ".text_to_video_create_video_response_404",
    "TextToVideoCreateVideoResponse422": ".text_to_video_create_video_response_422",
    "TextToVideoCreateVideoResponse429": ".text_to_video_create_video_response_429",
    "TextToVideoCreateVideoResponse500": ".text_to_video_create_video_response_500",
    "TextToVideoCreateVideoResponse503": ".text_to_video_create_video_response_503",
    "VideoAssetsGeneratePresignedUrlBody": ".video_assets_generate_presigned_url_body",
    "VideoAssetsGeneratePresignedUrlBodyItemsItem": ".video_assets_generate_presigned_url_body_items_item",
    "VideoAssetsGeneratePresignedUrlBodyItemsItemType": ".video_assets_generate_presigned_url_body_items_item_type",
    "VideoAssetsGeneratePresignedUrlResponse200": ".video_assets_generate_presigned_url_response_200",
    "VideoAssetsGeneratePresignedUrlResponse200ItemsItem": ".video_assets_generate_presigned_url_response_200_items_item",
    "VideoAssetsGeneratePresignedUrlResponse400": ".video_assets_generate_presigned_url_response_400",
    "VideoAssetsGeneratePresignedUrlResponse401": ".video_assets_generate_presigned_url_response_401",
    "VideoAssetsGeneratePresignedUrlResponse402": ".video_assets_generate_presigned_url_response_402",
    "VideoAssetsGeneratePresignedUrlResponse404": ".video_assets_generate_presigned_url_response_404",
    "VideoAssetsGeneratePresignedUrlResponse422": ".video_assets_generate_presigned_url_response_422",
    "VideoAssetsGeneratePresignedUrlResponse429": ".video_assets_generate_presigned_url_response_429",
    "VideoAssetsGeneratePresignedUrlResponse500": ".video_assets_generate_presigned_url_response_500",
    "VideoAssetsGeneratePresignedUrlResponse503": ".video_assets_generate_presigned_url_response_503",
    "VideoProjectsDeleteResponse400": ".video_projects_delete_response_400",
    "VideoProjectsDeleteResponse401": ".video_projects_delete_response_401",
    "VideoProjectsDeleteResponse402": ".video_projects_delete_response_402",
    "VideoProjectsDeleteResponse404": ".video_projects_delete_response_404",
    "VideoProjectsDeleteResponse422": ".video_projects_delete_response_422",
    "VideoProjectsDeleteResponse429": ".video_projects_delete_response_429",
    "VideoProjectsDeleteResponse500": ".video_projects_delete_response_500",
    "VideoProjectsDeleteResponse503": ".video_projects_delete_response_503",
    "VideoProjectsGetDetailsResponse200": ".video_projects_get_details_response_200",
    "VideoProjectsGetDetailsResponse200DownloadType0": ".video_projects_get_details_response_200_download_type_0",
    "VideoProjectsGetDetailsResponse200DownloadsItem": ".video_projects_get_details_response_200_downloads_item",
    "VideoProjectsGetDetailsResponse200ErrorType0": ".video_projects_get_details_response_200_error_type_0",
    "VideoProjectsGetDetailsResponse400": ".video_projects_get_details_response_400",
    "VideoProjectsGetDetailsResponse401": ".video_projects_get_details_response_401",
    "VideoProjectsGetDetailsResponse402": ".video_projects_get_details_response_402",
    "VideoProjectsGetDetailsResponse404": ".video_projects_get_details_response_404",
    "VideoProjectsGetDetailsResponse429": ".video_projects_get_details_response_429",
    "VideoProjectsGetDetailsResponse500": ".video_projects_get_details_response_500",
    "VideoProjectsGetDetailsResponse503": ".video_projects_get_details_response_503",
    "VideoToVideoCreateVideoBody": ".video_to_video_create_video_body",
    "VideoToVideoCreateVideoBodyAssets": ".video_to_video_create_video_body_assets",
    "VideoToVideoCreateVideoBodyAssetsVideoSource": ".video_to_video_create_video_body_assets_video_source",
    "VideoToVideoCreateVideoBodyFpsResolution": ".video_to_video_create_video_body_fps_resolution",
    "VideoToVideoCreateVideoBodyStyle": ".video_to_video_create_video_body_style",
    "VideoToVideoCreateVideoBodyStyleArtStyle": ".video_to_video_create_video_body_style_art_style",
    "VideoToVideoCreateVideoBodyStyleModel": ".video_to_video_create_video_body_style_model",
    "VideoToVideoCreateVideoBodyStylePromptType": ".video_to_video_create_video_body_style_prompt_type",
    "VideoToVideoCreateVideoBodyStyleVersion": ".video_to_video_create_video_body_style_version",
    "VideoToVideoCreateVideoResponse200": ".video_to_video_create_video_response_200",
    "VideoToVideoCreateVideoResponse400": ".video_to_video_create_video_response_400",
    "VideoToVideoCreateVideoResponse401": ".video_to_video_create_video_response_401",
    "VideoToVideoCreateVideoResponse402": ".video_to_video_create_video_response_402",
    "VideoToVideoCreateVideoResponse404": ".video_to_video_create_video_response_404",
    "VideoToVideoCreateVideoResponse422": ".video_to_video_create_video_response_422",
    "VideoToVideoCreateVideoResponse429": ".video_to_video_create_video_response_429",
    "VideoToVideoCreateVideoResponse500": ".video_to_video_create_video_response_500",
    "VideoToVideoCreateVideoResponse503": ".video_to_video_create_video_response_503",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(module, __name__), name)


__all__ = (
    "AccountGetResponse200",
    "AccountGetResponse200SubscriptionType0",
    "AccountGetResponse200SubscriptionType0DiscountType0",
    "AccountGetResponse200SubscriptionType0Price",
    "AccountGetResponse401",
    "AccountGetResponse429",
    "AccountGetResponse500",
    "AccountGetResponse503",
    "AiClothesChangerCreateImageBody",
    "AiClothesChangerCreateImageBodyAssets",
    "AiClothesChangerCreateImageBodyAssetsGarmentType",
    "AiClothesChangerCreateImageResponse200",
    "AiClothesChangerCreateImageResponse400",
    "AiClothesChangerCreateImageResponse401",
    "AiClothesChangerCreateImageResponse402",
    "AiClothesChangerCreateImageResponse404",
    "AiClothesChangerCreateImageResponse422",
    "AiClothesChangerCreateImageResponse429",
    "AiClothesChangerCreateImageResponse500",
    "AiClothesChangerCreateImageResponse503",
    "AiFaceEditorEditImageBody",
    "AiFaceEditorEditImageBodyAssets",
    "AiFaceEditorEditImageBodyStyle",
    "AiFaceEditorEditImageResponse200",
    "AiFaceEditorEditImageResponse400",
    "AiFaceEditorEditImageResponse401",
    "AiFaceEditorEditImageResponse402",
    "AiFaceEditorEditImageResponse404",
    "AiFaceEditorEditImageResponse422",
    "AiFaceEditorEditImageResponse429",
    "AiFaceEditorEditImageResponse500",
    "AiFaceEditorEditImageResponse503",
    "AiGifGeneratorCreateImageBody",
    "AiGifGeneratorCreateImageBodyOutputFormat",
    "AiGifGeneratorCreateImageBodyStyle",
    "AiGifGeneratorCreateImageResponse200",
    "AiGifGeneratorCreateImageResponse400",
    "AiGifGeneratorCreateImageResponse401",
    "AiGifGeneratorCreateImageResponse402",
    "AiGifGeneratorCreateImageResponse404",
    "AiGifGeneratorCreateImageResponse422",
    "AiGifGeneratorCreateImageResponse429",
    "AiGifGeneratorCreateImageResponse500",
    "AiGifGeneratorCreateImageResponse503",
    "AiHeadshotGeneratorCreateImageBody",
    "AiHeadshotGeneratorCreateImageBodyAssets",
    "AiHeadshotGeneratorCreateImageBodyStyle",
    "AiHeadshotGeneratorCreateImageResponse200",
    "AiHeadshotGeneratorCreateImageResponse400",
    "AiHeadshotGeneratorCreateImageResponse401",
    "AiHeadshotGeneratorCreateImageResponse402",
    "AiHeadshotGeneratorCreateImageResponse404",
    "AiHeadshotGeneratorCreateImageResponse422",
    "AiHeadshotGeneratorCreateImageResponse429",
    "AiHeadshotGeneratorCreateImageResponse500",
    "AiHeadshotGeneratorCreateImageResponse503",
    "AiImageEditorCreateImageBody",
    "AiImageEditorCreateImageBodyAspectRatio",
    "AiImageEditorCreateImageBodyAssets",
    "AiImageEditorCreateImageBodyImageCount",
    "AiImageEditorCreateImageBodyModel",
    "AiImageEditorCreateImageBodyResolution",
    "AiImageEditorCreateImageBodyStyle",
    "AiImageEditorCreateImageResponse200",
    "AiImageEditorCreateImageResponse400",
    "AiImageEditorCreateImageResponse401",
    "AiImageEditorCreateImageResponse402",
    "AiImageEditorCreateImageResponse404",
    "AiImageEditorCreateImageResponse422",
    "AiImageEditorCreateImageResponse429",
    "AiImageEditorCreateImageResponse500",
    "AiImageEditorCreateImageResponse503",
    "AiImageGeneratorCreateImageBody",
    "AiImageGeneratorCreateImageBodyAspectRatio",
    "AiImageGeneratorCreateImageBodyModel",
    "AiImageGeneratorCreateImageBodyResolution",
    "AiImageGeneratorCreateImageBodyStyle",
    "AiImageGeneratorCreateImageBodyStyleTool",
    "AiImageGeneratorCreateImageResponse200",
    "AiImageGeneratorCreateImageResponse400",
    "AiImageGeneratorCreateImageResponse401",
    "AiImageGeneratorCreateImageResponse402",
    "AiImageGeneratorCreateImageResponse404",
    "AiImageGeneratorCreateImageResponse422",
    "AiImageGeneratorCreateImageResponse429",
    "AiImageGeneratorCreateImageResponse500",
    "AiImageGeneratorCreateImageResponse503",
    "AiImageUpscalerCreateImageBody",
    "AiImageUpscalerCreateImageBodyAssets",
    "AiImageUpscalerCreateImageBodyStyle",
    "AiImageUpscalerCreateImageBodyStyleMode",
    "AiImageUpscalerCreateImageResponse200",
    "AiImageUpscalerCreateImageResponse400",
    "AiImageUpscalerCreateImageResponse401",
    "AiImageUpscalerCreateImageResponse402",
    "AiImageUpscalerCreateImageResponse404",
    "AiImageUpscalerCreateImageResponse422",
    "AiImageUpscalerCreateImageResponse429",
    "AiImageUpscalerCreateImageResponse500",
    "AiImageUpscalerCreateImageResponse503",
    "AiMemeGeneratorCreateImageBody",
    "AiMemeGeneratorCreateImageBodyStyle",
    "AiMemeGeneratorCreateImageBodyStyleTemplate",
    "AiMemeGeneratorCreateImageResponse200",
    "AiMemeGeneratorCreateImageResponse400",
    "AiMemeGeneratorCreateImageResponse401",
    "AiMemeGeneratorCreateImageResponse402",
    "AiMemeGeneratorCreateImageResponse404",
    "AiMemeGeneratorCreateImageResponse422",
    "AiMemeGeneratorCreateImageResponse429",
    "AiMemeGeneratorCreateImageResponse500",
    "AiMemeGeneratorCreateImageResponse503",
    "AiQrCodeGeneratorCreateImageBody",
    "AiQrCodeGeneratorCreateImageBodyStyle",
    "AiQrCodeGeneratorCreateImageResponse200",
    "AiQrCodeGeneratorCreateImageResponse400",
    "AiQrCodeGeneratorCreateImageResponse401",
    "AiQrCodeGeneratorCreateImageResponse402",
    "AiQrCodeGeneratorCreateImageResponse404",
    "AiQrCodeGeneratorCreateImageResponse422",
    "AiQrCodeGeneratorCreateImageResponse429",
    "AiQrCodeGeneratorCreateImageResponse500",
    "AiQrCodeGeneratorCreateImageResponse503",
    "AiTalkingPhotoCreateTalkingPhotoBody",
    "AiTalkingPhotoCreateTalkingPhotoBodyAssets",
    "AiTalkingPhotoCreateTalkingPhotoBodyStyle",
    "AiTalkingPhotoCreateTalkingPhotoBodyStyleGenerationMode",
    "AiTalkingPhotoCreateTalkingPhotoResponse200",
    "AiTalkingPhotoCreateTalkingPhotoResponse400",
    "AiTalkingPhotoCreateTalkingPhotoResponse401",
    "AiTalkingPhotoCreateTalkingPhotoResponse402",
    "AiTalkingPhotoCreateTalkingPhotoResponse404",
    "AiTalkingPhotoCreateTalkingPhotoResponse422",
    "AiTalkingPhotoCreateTalkingPhotoResponse429",
    "AiTalkingPhotoCreateTalkingPhotoResponse500",
    "AiTalkingPhotoCreateTalkingPhotoResponse503",
    "AiVideoEditorCreateVideoBody",
    "AiVideoEditorCreateVideoBodyAssets",
    "AiVideoEditorCreateVideoBodyModel",
    "AiVideoEditorCreateVideoBodyResolution",
    "AiVideoEditorCreateVideoBodyStyle",
    "AiVideoEditorCreateVideoResponse200",
    "AiVideoEditorCreateVideoResponse400",
    "AiVideoEditorCreateVideoResponse401",
    "AiVideoEditorCreateVideoResponse402",
    "AiVideoEditorCreateVideoResponse404",
    "AiVideoEditorCreateVideoResponse422",
    "AiVideoEditorCreateVideoResponse429",
    "AiVideoEditorCreateVideoResponse500",
    "AiVideoEditorCreateVideoResponse503",
    "AiVideoTranslatorCreateVideoBody",
    "AiVideoTranslatorCreateVideoBodyAssets",
    "AiVideoTranslatorCreateVideoBodyResolution",
    "AiVideoTranslatorCreateVideoBodyTargetLanguage",
    "AiVideoTranslatorCreateVideoResponse200",
    "AiVideoTranslatorCreateVideoResponse400",
    "AiVideoTranslatorCreateVideoResponse401",
    "AiVideoTranslatorCreateVideoResponse402",
    "AiVideoTranslatorCreateVideoResponse404",
    "AiVideoTranslatorCreateVideoResponse422",
    "AiVideoTranslatorCreateVideoResponse429",
    "AiVideoTranslatorCreateVideoResponse500",
    "AiVideoTranslatorCreateVideoResponse503",
    "AiVoiceClonerCreateAudioBody",
    "AiVoiceClonerCreateAudioBodyAssets",
    "AiVoiceClonerCreateAudioBodyStyle",
    "AiVoiceClonerCreateAudioResponse200",
    "AiVoiceClonerCreateAudioResponse400",
    "AiVoiceClonerCreateAudioResponse401",
    "AiVoiceClonerCreateAudioResponse402",
    "AiVoiceClonerCreateAudioResponse404",
    "AiVoiceClonerCreateAudioResponse422",
    "AiVoiceClonerCreateAudioResponse429",
    "AiVoiceClonerCreateAudioResponse500",
    "AiVoiceClonerCreateAudioResponse503",
    "AiVoiceGeneratorCreateAudioBody",
    "AiVoiceGeneratorCreateAudioBodyStyle",
    "AiVoiceGeneratorCreateAudioBodyStyleVoiceName",
    "AiVoiceGeneratorCreateAudioResponse200",
    "AiVoiceGeneratorCreateAudioResponse400",
    "AiVoiceGeneratorCreateAudioResponse401",
    "AiVoiceGeneratorCreateAudioResponse402",
    "AiVoiceGeneratorCreateAudioResponse404",
    "AiVoiceGeneratorCreateAudioResponse422",
    "AiVoiceGeneratorCreateAudioResponse429",
    "AiVoiceGeneratorCreateAudioResponse500",
    "AiVoiceGeneratorCreateAudioResponse503",
    "AnimationCreateVideoBody",
    "AnimationCreateVideoBodyAssets",
    "AnimationCreateVideoBodyAssetsAudioSource",
    "AnimationCreateVideoBodyStyle",
    "AnimationCreateVideoBodyStyleArtStyle",
    "AnimationCreateVideoBodyStyleCameraEffect",
    "AnimationCreateVideoBodyStylePromptType",
    "AnimationCreateVideoResponse200",
    "AnimationCreateVideoResponse400",
    "AnimationCreateVideoResponse401",
    "AnimationCreateVideoResponse402",
    "AnimationCreateVideoResponse404",
    "AnimationCreateVideoResponse422",
    "AnimationCreateVideoResponse429",
    "AnimationCreateVideoResponse500",
    "AnimationCreateVideoResponse503",
    "AudioProjectsDeleteResponse400",
    "AudioProjectsDeleteResponse401",
    "AudioProjectsDeleteResponse402",
    "AudioProjectsDeleteResponse404",
    "AudioProjectsDeleteResponse429",
    "AudioProjectsDeleteResponse500",
    "AudioProjectsDeleteResponse503",
    "AudioProjectsGetDetailsResponse200",
    "AudioProjectsGetDetailsResponse200DownloadsItem",
    "AudioProjectsGetDetailsResponse200ErrorType0",
    "AudioProjectsGetDetailsResponse400",
    "AudioProjectsGetDetailsResponse401",
    "AudioProjectsGetDetailsResponse402",
    "AudioProjectsGetDetailsResponse404",
    "AudioProjectsGetDetailsResponse429",
    "AudioProjectsGetDetailsResponse500",
    "AudioProjectsGetDetailsResponse503",
    "AudioToVideoCreateVideoBody",
    "AudioToVideoCreateVideoBodyAssets",
    "AudioToVideoCreateVideoBodyResolution",
    "AudioToVideoCreateVideoBodyStyle",
    "AudioToVideoCreateVideoResponse200",
    "AudioToVideoCreateVideoResponse400",
    "AudioToVideoCreateVideoResponse401",
    "AudioToVideoCreateVideoResponse402",
    "AudioToVideoCreateVideoResponse404",
    "AudioToVideoCreateVideoResponse422",
    "AudioToVideoCreateVideoResponse429",
    "AudioToVideoCreateVideoResponse500",
    "AudioToVideoCreateVideoResponse503",
    "AutoSubtitleGeneratorCreateVideoBody",
    "AutoSubtitleGeneratorCreateVideoBodyAssets",
    "AutoSubtitleGeneratorCreateVideoBodyStyle",
    "AutoSubtitleGeneratorCreateVideoBodyStyleCustomConfig",
    "AutoSubtitleGeneratorCreateVideoBodyStyleTemplate",
    "AutoSubtitleGeneratorCreateVideoResponse200",
    "AutoSubtitleGeneratorCreateVideoResponse400",
    "AutoSubtitleGeneratorCreateVideoResponse401",
    "AutoSubtitleGeneratorCreateVideoResponse402",
    "AutoSubtitleGeneratorCreateVideoResponse404",
    "AutoSubtitleGeneratorCreateVideoResponse422",
    "AutoSubtitleGeneratorCreateVideoResponse429",
    "AutoSubtitleGeneratorCreateVideoResponse500",
    "AutoSubtitleGeneratorCreateVideoResponse503",
    "BodySwapCreateImageBody",
    "BodySwapCreateImageBodyAssets",
    "BodySwapCreateImageBodyResolution",
    "BodySwapCreateImageResponse200",
    "BodySwapCreateImageResponse400",
    "BodySwapCreateImageResponse401",
    "BodySwapCreateImageResponse402",
    "BodySwapCreateImageResponse404",
    "BodySwapCreateImageResponse422",
    "BodySwapCreateImageResponse429",
    "BodySwapCreateImageResponse500",
    "BodySwapCreateImageResponse503",
    "CharacterReplaceCreateVideoBody",
    "CharacterReplaceCreateVideoBodyAssets",
    "CharacterReplaceCreateVideoBodyModel",
    "CharacterReplaceCreateVideoBodyResolution",
    "CharacterReplaceCreateVideoBodyStyle",
    "CharacterReplaceCreateVideoBodyStyleMode",
    "CharacterReplaceCreateVideoBodyStylePointsItem",
    "CharacterReplaceCreateVideoBodyStyleSelectionMode",
    "CharacterReplaceCreateVideoResponse200",
    "CharacterReplaceCreateVideoResponse400",
    "CharacterReplaceCreateVideoResponse401",
    "CharacterReplaceCreateVideoResponse402",
    "CharacterReplaceCreateVideoResponse404",
    "CharacterReplaceCreateVideoResponse422",
    "CharacterReplaceCreateVideoResponse429",
    "CharacterReplaceCreateVideoResponse500",
    "CharacterReplaceCreateVideoResponse503",
    "FaceDetectionDetectFacesBody",
    "FaceDetectionDetectFacesBodyAssets",
    "FaceDetectionDetectFacesResponse200",
    "FaceDetectionDetectFacesResponse400",
    "FaceDetectionDetectFacesResponse401",
    "FaceDetectionDetectFacesResponse402",
    "FaceDetectionDetectFacesResponse404",
    "FaceDetectionDetectFacesResponse422",
    "FaceDetectionDetectFacesResponse429",
    "FaceDetectionDetectFacesResponse500",
    "FaceDetectionDetectFacesResponse503",
    "FaceDetectionGetDetailsResponse200",
    "FaceDetectionGetDetailsResponse200FacesItem",
    "FaceDetectionGetDetailsResponse400",
    "FaceDetectionGetDetailsResponse401",
    "FaceDetectionGetDetailsResponse402",
    "FaceDetectionGetDetailsResponse404",
    "FaceDetectionGetDetailsResponse422",
    "FaceDetectionGetDetailsResponse429",
    "FaceDetectionGetDetailsResponse500",
    "FaceDetectionGetDetailsResponse503",
    "FaceSwapCreateVideoBody",
    "FaceSwapCreateVideoBodyAssets",
    "FaceSwapCreateVideoBodyAssetsFaceMappingsItem",
    "FaceSwapCreateVideoBodyAssetsFaceSwapMode",
    "FaceSwapCreateVideoBodyAssetsVideoSource",
    "FaceSwapCreateVideoBodyStyle",
    "FaceSwapCreateVideoBodyStyleVersion",
    "FaceSwapCreateVideoResponse200",
    "FaceSwapCreateVideoResponse400",
    "FaceSwapCreateVideoResponse401",
    "FaceSwapCreateVideoResponse402",
    "FaceSwapCreateVideoResponse404",
    "FaceSwapCreateVideoResponse422",
    "FaceSwapCreateVideoResponse429",
    "FaceSwapCreateVideoResponse500",
    "FaceSwapCreateVideoResponse503",
    "FaceSwapPhotoCreateImageBody",
    "FaceSwapPhotoCreateImageBodyAssets",
    "FaceSwapPhotoCreateImageBodyAssetsFaceMappingsItem",
    "FaceSwapPhotoCreateImageBodyAssetsFaceSwapMode",
    "FaceSwapPhotoCreateImageResponse200",
    "FaceSwapPhotoCreateImageResponse400",
    "FaceSwapPhotoCreateImageResponse401",
    "FaceSwapPhotoCreateImageResponse402",
    "FaceSwapPhotoCreateImageResponse404",
    "FaceSwapPhotoCreateImageResponse422",
    "FaceSwapPhotoCreateImageResponse429",
    "FaceSwapPhotoCreateImageResponse500",
    "FaceSwapPhotoCreateImageResponse503",
    "HeadSwapCreateImageBody",
    "HeadSwapCreateImageBodyAssets",
    "HeadSwapCreateImageResponse200",
    "HeadSwapCreateImageResponse400",
    "HeadSwapCreateImageResponse401",
    "HeadSwapCreateImageResponse402",
    "HeadSwapCreateImageResponse404",
    "HeadSwapCreateImageResponse422",
    "HeadSwapCreateImageResponse429",
    "HeadSwapCreateImageResponse500",
    "HeadSwapCreateImageResponse503",
    "ImageBackgroundRemoverCreateImageBody",
    "ImageBackgroundRemoverCreateImageBodyAssets",
    "ImageBackgroundRemoverCreateImageResponse200",
    "ImageBackgroundRemoverCreateImageResponse400",
    "ImageBackgroundRemoverCreateImageResponse401",
    "ImageBackgroundRemoverCreateImageResponse402",
    "ImageBackgroundRemoverCreateImageResponse404",
    "ImageBackgroundRemoverCreateImageResponse422",
    "ImageBackgroundRemoverCreateImageResponse429",
    "ImageBackgroundRemoverCreateImageResponse500",
    "ImageBackgroundRemoverCreateImageResponse503",
    "ImageProjectsDeleteResponse400",
    "ImageProjectsDeleteResponse401",
    "ImageProjectsDeleteResponse402",
    "ImageProjectsDeleteResponse404",
    "ImageProjectsDeleteResponse429",
    "ImageProjectsDeleteResponse500",
    "ImageProjectsDeleteResponse503",
    "ImageProjectsGetDetailsResponse200",
    "ImageProjectsGetDetailsResponse200DownloadsItem",
    "ImageProjectsGetDetailsResponse200ErrorType0",
    "ImageProjectsGetDetailsResponse400",
    "ImageProjectsGetDetailsResponse401",
    "ImageProjectsGetDetailsResponse402",
    "ImageProjectsGetDetailsResponse404",
    "ImageProjectsGetDetailsResponse429",
    "ImageProjectsGetDetailsResponse500",
    "ImageProjectsGetDetailsResponse503",
    "ImageToVideoCreateVideoBody",
    "ImageToVideoCreateVideoBodyAssets",
    "ImageToVideoCreateVideoBodyModel",
    "ImageToVideoCreateVideoBodyResolution",
    "ImageToVideoCreateVideoBodyStyle",
    "ImageToVideoCreateVideoResponse200",
    "ImageToVideoCreateVideoResponse400",
    "ImageToVideoCreateVideoResponse401",
    "ImageToVideoCreateVideoResponse402",
    "ImageToVideoCreateVideoResponse404",
    "ImageToVideoCreateVideoResponse422",
    "ImageToVideoCreateVideoResponse429",
    "ImageToVideoCreateVideoResponse500",
    "ImageToVideoCreateVideoResponse503",
    "LipSyncCreateVideoBody",
    "LipSyncCreateVideoBodyAssets",
    "LipSyncCreateVideoBodyAssetsVideoSource",
    "LipSyncCreateVideoBodyStyle",
    "LipSyncCreateVideoBodyStyleGenerationMode",
    "LipSyncCreateVideoResponse200",
    "LipSyncCreateVideoResponse400",
    "LipSyncCreateVideoResponse401",
    "LipSyncCreateVideoResponse402",
    "LipSyncCreateVideoResponse404",
    "LipSyncCreateVideoResponse422",
    "LipSyncCreateVideoResponse429",
    "LipSyncCreateVideoResponse500",
    "LipSyncCreateVideoResponse503",
    "PhotoColorizerCreateImageBody",
    "PhotoColorizerCreateImageBodyAssets",
    "PhotoColorizerCreateImageResponse200",
    "PhotoColorizerCreateImageResponse400",
    "PhotoColorizerCreateImageResponse401",
    "PhotoColorizerCreateImageResponse402",
    "PhotoColorizerCreateImageResponse404",
    "PhotoColorizerCreateImageResponse422",
    "PhotoColorizerCreateImageResponse429",
    "PhotoColorizerCreateImageResponse500",
    "PhotoColorizerCreateImageResponse503",
    "SavedItemsListResponse200",
    "SavedItemsListResponse200ItemsItem",
    "SavedItemsListResponse200ItemsItemAssetsItem",
    "SavedItemsListResponse400",
    "SavedItemsListResponse401",
    "SavedItemsListResponse429",
    "SavedItemsListResponse500",
    "SavedItemsListResponse503",
    "SavedItemsListType",
    "TextToVideoCreateVideoBody",
    "TextToVideoCreateVideoBodyAspectRatio",
    "TextToVideoCreateVideoBodyModel",
    "TextToVideoCreateVideoBodyReferencesItem",
    "TextToVideoCreateVideoBodyResolution",
    "TextToVideoCreateVideoBodyStyle",
    "TextToVideoCreateVideoResponse200",
    "TextToVideoCreateVideoResponse400",
    "TextToVideoCreateVideoResponse401",
    "TextToVideoCreateVideoResponse402",
    "TextToVideoCreateVideoResponse404",
    "TextToVideoCreateVideoResponse422",
    "TextToVideoCreateVideoResponse429",
    "TextToVideoCreateVideoResponse500",
    "TextToVideoCreateVideoResponse503",
    "VideoAssetsGeneratePresignedUrlBody",
    "VideoAssetsGeneratePresignedUrlBodyItemsItem",
    "VideoAssetsGeneratePresignedUrlBodyItemsItemType",
    "VideoAssetsGeneratePresignedUrlResponse200",
    "VideoAssetsGeneratePresignedUrlResponse200ItemsItem",
    "VideoAssetsGeneratePresignedUrlResponse400",
    "VideoAssetsGeneratePresignedUrlResponse401",
    "VideoAssetsGeneratePresignedUrlResponse402",
    "VideoAssetsGeneratePresignedUrlResponse404",
    "VideoAssetsGeneratePresignedUrlResponse422",
    "VideoAssetsGeneratePresignedUrlResponse429",
    "VideoAssetsGeneratePresignedUrlResponse500",
    "VideoAssetsGeneratePresignedUrlResponse503",
    "VideoProjectsDeleteResponse400",
    "VideoProjectsDeleteResponse401",
    "VideoProjectsDeleteResponse402",
    "VideoProjectsDeleteResponse404",
    "VideoProjectsDeleteResponse422",
    "VideoProjectsDeleteResponse429",
    "VideoProjectsDeleteResponse500",
    "VideoProjectsDeleteResponse503",
    "VideoProjectsGetDetailsResponse200",
    "VideoProjectsGetDetailsResponse200DownloadType0",
    "VideoProjectsGetDetailsResponse200DownloadsItem",
    "VideoProjectsGetDetailsResponse200ErrorType0",
    "VideoProjectsGetDetailsResponse400",
    "VideoProjectsGetDetailsResponse401",
    "VideoProjectsGetDetailsResponse402",
    "VideoProjectsGetDetailsResponse404",
    "VideoProjectsGetDetailsResponse429",
    "VideoProjectsGetDetailsResponse500",
    "VideoProjectsGetDetailsResponse503",
    "VideoToVideoCreateVideoBody",
    "VideoToVideoCreateVideoBodyAssets",
    "VideoToVideoCreateVideoBodyAssetsVideoSource",
    "VideoToVideoCreateVideoBodyFpsResolution",
    "VideoToVideoCreateVideoBodyStyle",
    "VideoToVideoCreateVideoBodyStyleArtStyle",
    "VideoToVideoCreateVideoBodyStyleModel",
    "VideoToVideoCreateVideoBodyStylePromptType",
    "VideoToVideoCreateVideoBodyStyleVersion",
    "VideoToVideoCreateVideoResponse200",
    "VideoToVideoCreateVideoResponse400",
    "VideoToVideoCreateVideoResponse401",
    "VideoToVideoCreateVideoResponse402",
    "VideoToVideoCreateVideoResponse404",
    "VideoToVideoCreateVideoResponse422",
    "VideoToVideoCreateVideoResponse429",
    "VideoToVideoCreateVideoResponse500",
    "VideoToVideoCreateVideoResponse503",
)
