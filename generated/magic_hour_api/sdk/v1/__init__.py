"""``client.v1``: every module of version 1 of the API, each imported on first use."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from .._engine import AsyncEngine, Engine

if TYPE_CHECKING:
    from .account import Account, AsyncAccount
    from .ai_clothes_changer import AiClothesChanger, AsyncAiClothesChanger
    from .ai_face_editor import AiFaceEditor, AsyncAiFaceEditor
    from .ai_gif_generator import AiGifGenerator, AsyncAiGifGenerator
    from .ai_headshot_generator import AiHeadshotGenerator, AsyncAiHeadshotGenerator
    from .ai_image_editor import AiImageEditor, AsyncAiImageEditor
    from .ai_image_generator import AiImageGenerator, AsyncAiImageGenerator
    from .ai_image_upscaler import AiImageUpscaler, AsyncAiImageUpscaler
    from .ai_meme_generator import AiMemeGenerator, AsyncAiMemeGenerator
    from .ai_qr_code_generator import AiQrCodeGenerator, AsyncAiQrCodeGenerator
    from .ai_talking_photo import AiTalkingPhoto, AsyncAiTalkingPhoto
    from .ai_video_editor import AiVideoEditor, AsyncAiVideoEditor
    from .ai_video_translator import AiVideoTranslator, AsyncAiVideoTranslator
    from .ai_voice_cloner import AiVoiceCloner, AsyncAiVoiceCloner
    from .ai_voice_generator import AiVoiceGenerator, AsyncAiVoiceGenerator
    from .animation import Animation, AsyncAnimation
    from .audio_projects import AsyncAudioProjects, AudioProjects
    from .audio_to_video import AsyncAudioToVideo, AudioToVideo
    from .auto_subtitle_generator import (
        AsyncAutoSubtitleGenerator,
        AutoSubtitleGenerator,
    )
    from .body_swap import AsyncBodySwap, BodySwap
    from .character_replace import AsyncCharacterReplace, CharacterReplace
    from .face_detection import AsyncFaceDetection, FaceDetection
    from .face_swap import AsyncFaceSwap, FaceSwap
    from .face_swap_photo import AsyncFaceSwapPhoto, FaceSwapPhoto
    from .files import AsyncFiles, Files
    from .head_swap import AsyncHeadSwap, HeadSwap
    from .image_background_remover import (
        AsyncImageBackgroundRemover,
        ImageBackgroundRemover,
    )
    from .image_projects import AsyncImageProjects, ImageProjects
    from .image_to_video import AsyncImageToVideo, ImageToVideo
    from .lip_sync import AsyncLipSync, LipSync
    from .photo_colorizer import AsyncPhotoColorizer, PhotoColorizer
    from .saved_items import AsyncSavedItems, SavedItems
    from .text_to_video import AsyncTextToVideo, TextToVideo
    from .video_projects import AsyncVideoProjects, VideoProjects
    from .video_to_video import AsyncVideoToVideo, VideoToVideo


class V1:
    """``client.v1``"""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    @functools.cached_property
    def account(self) -> Account:
        from .account import Account

        return Account(self._engine)

    @functools.cached_property
    def ai_clothes_changer(self) -> AiClothesChanger:
        from .ai_clothes_changer import AiClothesChanger

        return AiClothesChanger(self._engine)

    @functools.cached_property
    def ai_face_editor(self) -> AiFaceEditor:
        from .ai_face_editor import AiFaceEditor

        return AiFaceEditor(self._engine)

    @functools.cached_property
    def ai_gif_generator(self) -> AiGifGenerator:
        from .ai_gif_generator import AiGifGenerator

        return AiGifGenerator(self._engine)

    @functools.cached_property
    def ai_headshot_generator(self) -> AiHeadshotGenerator:
        from .ai_headshot_generator import AiHeadshotGenerator

        return AiHeadshotGenerator(self._engine)

    @functools.cached_property
    def ai_image_editor(self) -> AiImageEditor:
        from .ai_image_editor import AiImageEditor

        return AiImageEditor(self._engine)

    @functools.cached_property
    def ai_image_generator(self) -> AiImageGenerator:
        from .ai_image_generator import AiImageGenerator

        return AiImageGenerator(self._engine)

    @functools.cached_property
    def ai_image_upscaler(self) -> AiImageUpscaler:
        from .ai_image_upscaler import AiImageUpscaler

        return AiImageUpscaler(self._engine)

    @functools.cached_property
    def ai_meme_generator(self) -> AiMemeGenerator:
        from .ai_meme_generator import AiMemeGenerator

        return AiMemeGenerator(self._engine)

    @functools.cached_property
    def ai_qr_code_generator(self) -> AiQrCodeGenerator:
        from .ai_qr_code_generator import AiQrCodeGenerator

        return AiQrCodeGenerator(self._engine)

    @functools.cached_property
    def ai_talking_photo(self) -> AiTalkingPhoto:
        from .ai_talking_photo import AiTalkingPhoto

        return AiTalkingPhoto(self._engine)

    @functools.cached_property
    def ai_video_editor(self) -> AiVideoEditor:
        from .ai_video_editor import AiVideoEditor

        return AiVideoEditor(self._engine)

    @functools.cached_property
    def ai_video_translator(self) -> AiVideoTranslator:
        from .ai_video_translator import AiVideoTranslator

        return AiVideoTranslator(self._engine)

    @functools.cached_property
    def ai_voice_cloner(self) -> AiVoiceCloner:
        from .ai_voice_cloner import AiVoiceCloner

        return AiVoiceCloner(self._engine)

    @functools.cached_property
    def ai_voice_generator(self) -> AiVoiceGenerator:
        from .ai_voice_generator import AiVoiceGenerator

        return AiVoiceGenerator(self._engine)

    @functools.cached_property
    def animation(self) -> Animation:
        from .animation import Animation

        return Animation(self._engine)

    @functools.cached_property
    def audio_projects(self) -> AudioProjects:
        from .audio_projects import AudioProjects

        return AudioProjects(self._engine)

    @functools.cached_property
    def audio_to_video(self) -> AudioToVideo:
        from .audio_to_video import AudioToVideo

        return AudioToVideo(self._engine)

    @functools.cached_property
    def auto_subtitle_generator(self) -> AutoSubtitleGenerator:
        from .auto_subtitle_generator import AutoSubtitleGenerator

        return AutoSubtitleGenerator(self._engine)

    @functools.cached_property
    def body_swap(self) -> BodySwap:
        from .body_swap import BodySwap

        return BodySwap(self._engine)

    @functools.cached_property
    def character_replace(self) -> CharacterReplace:
        from .character_replace import CharacterReplace

        return CharacterReplace(self._engine)

    @functools.cached_property
    def face_detection(self) -> FaceDetection:
        from .face_detection import FaceDetection

        return FaceDetection(self._engine)

    @functools.cached_property
    def face_swap(self) -> FaceSwap:
        from .face_swap import FaceSwap

        return FaceSwap(self._engine)

    @functools.cached_property
    def face_swap_photo(self) -> FaceSwapPhoto:
        from .face_swap_photo import FaceSwapPhoto

        return FaceSwapPhoto(self._engine)

    @functools.cached_property
    def files(self) -> Files:
        from .files import Files

        return Files(self._engine)

    @functools.cached_property
    def head_swap(self) -> HeadSwap:
        from .head_swap import HeadSwap

        return HeadSwap(self._engine)

    @functools.cached_property
    def image_background_remover(self) -> ImageBackgroundRemover:
        from .image_background_remover import ImageBackgroundRemover

        return ImageBackgroundRemover(self._engine)

    @functools.cached_property
    def image_projects(self) -> ImageProjects:
        from .image_projects import ImageProjects

        return ImageProjects(self._engine)

    @functools.cached_property
    def image_to_video(self) -> ImageToVideo:
        from .image_to_video import ImageToVideo

        return ImageToVideo(self._engine)

    @functools.cached_property
    def lip_sync(self) -> LipSync:
        from .lip_sync import LipSync

        return LipSync(self._engine)

    @functools.cached_property
    def photo_colorizer(self) -> PhotoColorizer:
        from .photo_colorizer import PhotoColorizer

        return PhotoColorizer(self._engine)

    @functools.cached_property
    def saved_items(self) -> SavedItems:
        from .saved_items import SavedItems

        return SavedItems(self._engine)

    @functools.cached_property
    def text_to_video(self) -> TextToVideo:
        from .text_to_video import TextToVideo

        return TextToVideo(self._engine)

    @functools.cached_property
    def video_projects(self) -> VideoProjects:
        from .video_projects import VideoProjects

        return VideoProjects(self._engine)

    @functools.cached_property
    def video_to_video(self) -> VideoToVideo:
        from .video_to_video import VideoToVideo

        return VideoToVideo(self._engine)


class AsyncV1:
    """``client.v1`` (async)"""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    @functools.cached_property
    def account(self) -> AsyncAccount:
        from .account import AsyncAccount

        return AsyncAccount(self._engine)

    @functools.cached_property
    def ai_clothes_changer(self) -> AsyncAiClothesChanger:
        from .ai_clothes_changer import AsyncAiClothesChanger

        return AsyncAiClothesChanger(self._engine)

    @functools.cached_property
    def ai_face_editor(self) -> AsyncAiFaceEditor:
        from .ai_face_editor import AsyncAiFaceEditor

        return AsyncAiFaceEditor(self._engine)

    @functools.cached_property
    def ai_gif_generator(self) -> AsyncAiGifGenerator:
        from .ai_gif_generator import AsyncAiGifGenerator

        return AsyncAiGifGenerator(self._engine)

    @functools.cached_property
    def ai_headshot_generator(self) -> AsyncAiHeadshotGenerator:
        from .ai_headshot_generator import AsyncAiHeadshotGenerator

        return AsyncAiHeadshotGenerator(self._engine)

    @functools.cached_property
    def ai_image_editor(self) -> AsyncAiImageEditor:
        from .ai_image_editor import AsyncAiImageEditor

        return AsyncAiImageEditor(self._engine)

    @functools.cached_property
    def ai_image_generator(self) -> AsyncAiImageGenerator:
        from .ai_image_generator import AsyncAiImageGenerator

        return AsyncAiImageGenerator(self._engine)

    @functools.cached_property
    def ai_image_upscaler(self) -> AsyncAiImageUpscaler:
        from .ai_image_upscaler import AsyncAiImageUpscaler

        return AsyncAiImageUpscaler(self._engine)

    @functools.cached_property
    def ai_meme_generator(self) -> AsyncAiMemeGenerator:
        from .ai_meme_generator import AsyncAiMemeGenerator

        return AsyncAiMemeGenerator(self._engine)

    @functools.cached_property
    def ai_qr_code_generator(self) -> AsyncAiQrCodeGenerator:
        from .ai_qr_code_generator import AsyncAiQrCodeGenerator

        return AsyncAiQrCodeGenerator(self._engine)

    @functools.cached_property
    def ai_talking_photo(self) -> AsyncAiTalkingPhoto:
        from .ai_talking_photo import AsyncAiTalkingPhoto

        return AsyncAiTalkingPhoto(self._engine)

    @functools.cached_property
    def ai_video_editor(self) -> AsyncAiVideoEditor:
        from .ai_video_editor import AsyncAiVideoEditor

        return AsyncAiVideoEditor(self._engine)

    @functools.cached_property
    def ai_video_translator(self) -> AsyncAiVideoTranslator:
        from .ai_video_translator import AsyncAiVideoTranslator

        return AsyncAiVideoTranslator(self._engine)

    @functools.cached_property
    def ai_voice_cloner(self) -> AsyncAiVoiceCloner:
        from .ai_voice_cloner import AsyncAiVoiceCloner

        return AsyncAiVoiceCloner(self._engine)

    @functools.cached_property
    def ai_voice_generator(self) -> AsyncAiVoiceGenerator:
        from .ai_voice_generator import AsyncAiVoiceGenerator

        return AsyncAiVoiceGenerator(self._engine)

    @functools.cached_property
    def animation(self) -> AsyncAnimation:
        from .animation import AsyncAnimation

        return AsyncAnimation(self._engine)

    @functools.cached_property
    def audio_projects(self) -> AsyncAudioProjects:
        from .audio_projects import AsyncAudioProjects

        return AsyncAudioProjects(self._engine)

    @functools.cached_property
    def audio_to_video(self) -> AsyncAudioToVideo:
        from .audio_to_video import AsyncAudioToVideo

        return AsyncAudioToVideo(self._engine)

    @functools.cached_property
    def auto_subtitle_generator(self) -> AsyncAutoSubtitleGenerator:
        from .auto_subtitle_generator import AsyncAutoSubtitleGenerator

        return AsyncAutoSubtitleGenerator(self._engine)

    @functools.cached_property
    def body_swap(self) -> AsyncBodySwap:
        from .body_swap import AsyncBodySwap

        return AsyncBodySwap(self._engine)

    @functools.cached_property
    def character_replace(self) -> AsyncCharacterReplace:
        from .character_replace import AsyncCharacterReplace

        return AsyncCharacterReplace(self._engine)

    @functools.cached_property
    def face_detection(self) -> AsyncFaceDetection:
        from .face_detection import AsyncFaceDetection

        return AsyncFaceDetection(self._engine)

    @functools.cached_property
    def face_swap(self) -> AsyncFaceSwap:
        from .face_swap import AsyncFaceSwap

        return AsyncFaceSwap(self._engine)

    @functools.cached_property
    def face_swap_photo(self) -> AsyncFaceSwapPhoto:
        from .face_swap_photo import AsyncFaceSwapPhoto

        return AsyncFaceSwapPhoto(self._engine)

    @functools.cached_property
    def files(self) -> AsyncFiles:
        from .files import AsyncFiles

        return AsyncFiles(self._engine)

    @functools.cached_property
    def head_swap(self) -> AsyncHeadSwap:
        from .head_swap import AsyncHeadSwap

        return AsyncHeadSwap(self._engine)

    @functools.cached_property
    def image_background_remover(self) -> AsyncImageBackgroundRemover:
        from .image_background_remover import AsyncImageBackgroundRemover

        return AsyncImageBackgroundRemover(self._engine)

    @functools.cached_property
    def image_projects(self) -> AsyncImageProjects:
        from .image_projects import AsyncImageProjects

        return AsyncImageProjects(self._engine)

    @functools.cached_property
    def image_to_video(self) -> AsyncImageToVideo:
        from .image_to_video import AsyncImageToVideo

        return AsyncImageToVideo(self._engine)

    @functools.cached_property
    def lip_sync(self) -> AsyncLipSync:
        from .lip_sync import AsyncLipSync

        return AsyncLipSync(self._engine)

    @functools.cached_property
    def photo_colorizer(self) -> AsyncPhotoColorizer:
        from .photo_colorizer import AsyncPhotoColorizer

        return AsyncPhotoColorizer(self._engine)

    @functools.cached_property
    def saved_items(self) -> AsyncSavedItems:
        from .saved_items import AsyncSavedItems

        return AsyncSavedItems(self._engine)

    @functools.cached_property
    def text_to_video(self) -> AsyncTextToVideo:
        from .text_to_video import AsyncTextToVideo

        return AsyncTextToVideo(self._engine)

    @functools.cached_property
    def video_projects(self) -> AsyncVideoProjects:
        from .video_projects import AsyncVideoProjects

        return AsyncVideoProjects(self._engine)

    @functools.cached_property
    def video_to_video(self) -> AsyncVideoToVideo:
        from .video_to_video import AsyncVideoToVideo

        return AsyncVideoToVideo(self._engine)
