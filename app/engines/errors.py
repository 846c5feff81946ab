"""The exception family engines raise. Third-party errors are translated here.

    EngineError
    ├── ModelError                 the local model cannot be used
    │   ├── ModelNotFoundError     the file is missing
    │   ├── NotAGGUFError          the file is not a GGUF model
    │   ├── ModelIntegrityError    size or sha256 differ from the manifest
    │   ├── ModelCorruptError      llama.cpp could not load it
    │   └── ModelTooLargeError     it would not fit in memory
    └── ContextOverflowError       the latest message alone exceeds the window

Every message says what is wrong and how to fix it.
"""

from __future__ import annotations


class EngineError(Exception):
    """Base class of every error an engine raises."""


class ModelError(EngineError):
    """The local model cannot be used."""


class ModelNotFoundError(ModelError):
    """The model file does not exist."""


class NotAGGUFError(ModelError):
    """The file exists but is not a GGUF model."""


class ModelIntegrityError(ModelError):
    """The file's size or sha256 differs from the manifest."""


class ModelCorruptError(ModelError):
    """llama.cpp refused to load the file."""


class ModelTooLargeError(ModelError):
    """Loading the model would exhaust the machine's memory."""


class ContextOverflowError(EngineError):
    """Even after dropping all older history the request does not fit the context window."""


class CloudError(EngineError):
    """The cloud endpoint could not give an answer. Never carries the API key."""


class CloudConfigError(CloudError):
    """The cloud is not set up: no endpoint, no key, or no usable keyring."""


class CloudUnavailableError(CloudError):
    """The endpoint cannot be reached (offline, refused, DNS, circuit open)."""


class CloudTimeoutError(CloudError):
    """The endpoint did not answer in time."""


class CloudHTTPError(CloudError):
    """The endpoint answered with an HTTP error status."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


class CloudStreamError(CloudError):
    """The answer stream broke off or could not be parsed."""
