from enum import StrEnum


class GenerationMode(StrEnum):
    EXPRESSIVE = "expressive"
    PRO = "pro"
    STABLE = "stable"
    STANDARD = "standard"

    def __str__(self) -> str:
        return str(self.value)
