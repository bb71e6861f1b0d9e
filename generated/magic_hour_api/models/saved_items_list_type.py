from typing import Literal

SavedItemsListType = Literal[
    "brand_kit", "character", "moodboard", "reference", "voice"
]

SAVED_ITEMS_LIST_TYPE_VALUES: set[SavedItemsListType] = {
    "brand_kit",
    "character",
    "moodboard",
    "reference",
    "voice",
}


def check_saved_items_list_type(value: str) -> SavedItemsListType:
    if value in SAVED_ITEMS_LIST_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SAVED_ITEMS_LIST_TYPE_VALUES!r}"
    )
