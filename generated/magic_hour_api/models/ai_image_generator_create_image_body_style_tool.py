from typing import Literal

AiImageGeneratorCreateImageBodyStyleTool = Literal[
    "ai-anime-generator",
    "ai-art-generator",
    "ai-background-generator",
    "ai-character-generator",
    "ai-face-generator",
    "ai-fashion-generator",
    "ai-icon-generator",
    "ai-illustration-generator",
    "ai-interior-design-generator",
    "ai-landscape-generator",
    "ai-logo-generator",
    "ai-manga-generator",
    "ai-outfit-generator",
    "ai-pattern-generator",
    "ai-photo-generator",
    "ai-sketch-generator",
    "ai-tattoo-generator",
    "album-cover-generator",
    "animated-characters-generator",
    "architecture-generator",
    "book-cover-generator",
    "comic-book-generator",
    "dark-fantasy-ai",
    "disney-ai-generator",
    "dnd-ai-art-generator",
    "emoji-generator",
    "fantasy-map-generator",
    "general",
    "graffiti-generator",
    "movie-poster-generator",
    "optical-illusion-generator",
    "pokemon-generator",
    "south-park-character-generator",
    "superhero-generator",
    "thumbnail-maker",
]

AI_IMAGE_GENERATOR_CREATE_IMAGE_BODY_STYLE_TOOL_VALUES: set[
    AiImageGeneratorCreateImageBodyStyleTool
] = {
    "ai-anime-generator",
    "ai-art-generator",
    "ai-background-generator",
    "ai-character-generator",
    "ai-face-generator",
    "ai-fashion-generator",
    "ai-icon-generator",
    "ai-illustration-generator",
    "ai-interior-design-generator",
    "ai-landscape-generator",
    "ai-logo-generator",
    "ai-manga-generator",
    "ai-outfit-generator",
    "ai-pattern-generator",
    "ai-photo-generator",
    "ai-sketch-generator",
    "ai-tattoo-generator",
    "album-cover-generator",
    "animated-characters-generator",
    "architecture-generator",
    "book-cover-generator",
    "comic-book-generator",
    "dark-fantasy-ai",
    "disney-ai-generator",
    "dnd-ai-art-generator",
    "emoji-generator",
    "fantasy-map-generator",
    "general",
    "graffiti-generator",
    "movie-poster-generator",
    "optical-illusion-generator",
    "pokemon-generator",
    "south-park-character-generator",
    "superhero-generator",
    "thumbnail-maker",
}


def check_ai_image_generator_create_image_body_style_tool(
    value: str,
) -> AiImageGeneratorCreateImageBodyStyleTool:
    if value in AI_IMAGE_GENERATOR_CREATE_IMAGE_BODY_STYLE_TOOL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_IMAGE_GENERATOR_CREATE_IMAGE_BODY_STYLE_TOOL_VALUES!r}"
    )
