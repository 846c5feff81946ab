"""Settings: the local model, the cloud endpoint and key, and the policy page.

Values the admin's policy sets (cloud endpoint and model) are shown read-only.
The API key goes to the OS keyring only, on a worker thread (unlocking a
keyring can wait on the user); with no secure keyring the message says so
and the cloud stays off. Model checks (sha256 of a large file) run off the UI
thread too. Saved settings apply the next time Edgewise starts.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services import Services
from app.settings import Settings
from app.ui.jobs import Emit, JobPool
from app.ui.policy_page import PolicyPage

log = logging.getLogger(__name__)
PAGES = ("local", "cloud", "policy")


class SettingsDialog(QDialog):
    """Edit ``services.settings``; Save writes ``settings.json``."""

    saved = Signal(str)  # a message for the status bar

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.jobs = JobPool(max_threads=2, parent=self)
        self.setWindowTitle("Edgewise settings")
        self.setAccessibleName("Settings")
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._local_page(), "Local model")
        self.tabs.addTab(self._cloud_page(), "Cloud")
        self.policy_page = PolicyPage(services.policy_state)
        self.tabs.addTab(self.policy_page, "Policy")
        layout.addWidget(self.tabs)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName("Settings message")
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(620, 480)

    def show_page(self, page: str) -> None:
        """Switch to ``local``, ``cloud`` or ``policy``."""
        self.tabs.setCurrentIndex(PAGES.index(page) if page in PAGES else 0)

    # -- local model ---------------------------------------------------------------
    def _local_page(self) -> QWidget:
        settings = self.services.settings
        page = QWidget()
        form = QFormLayout(page)
        self.bundled_radio = QRadioButton(f"Bundled model ({self._bundled_name()})")
        self.custom_radio = QRadioButton("Another GGUF file:")
        group = QButtonGroup(page)
        group.addButton(self.bundled_radio)
        group.addButton(self.custom_radio)
        self.model_path = QLineEdit(settings.model_path or "")
        self.model_path.setAccessibleName("Model file")
        browse = QPushButton("Browse…")
        browse.clicked.connect(self._browse_model)
        row = QHBoxLayout()
        row.addWidget(self.model_path, 1)
        row.addWidget(browse)
        (self.custom_radio if settings.model_path else self.bundled_radio).setChecked(True)
        self.check_button = QPushButton("Check model")
        self.check_button.setToolTip("Check the file is a GGUF and matches the manifest")
        self.check_button.clicked.connect(self.check_model)
        self.check_result = QLabel()
        self.check_result.setWordWrap(True)
        self.check_result.setAccessibleName("Model check result")
        self.threads = QSpinBox()
        self.threads.setRange(0, 256)
        self.threads.setSpecialValueText("automatic (physical cores)")
        self.threads.setValue(settings.threads or 0)
        self.threads.setAccessibleName("CPU threads")
        self.n_ctx = QSpinBox()
        self.n_ctx.setRange(512, 131072)
        self.n_ctx.setSingleStep(512)
        self.n_ctx.setValue(settings.n_ctx)
        self.n_ctx.setAccessibleName("Context window")
        form.addRow(self.bundled_radio)
        form.addRow(self.custom_radio, row)
        form.addRow(self.check_button, self.check_result)
        form.addRow("CPU threads:", self.threads)
        form.addRow("Context window (tokens):", self.n_ctx)
        return page

    def _bundled_name(self) -> str:
        try:
            from app.engines.manifest import default_model

            return default_model().name
        except Exception as exc:  # the manifest or package is missing: say it, stay usable
            return f"unavailable: {exc}"

    def _browse_model(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, "Choose a GGUF model", "", "GGUF models (*.gguf);;All files (*)"
        )
        if path:
            self.model_path.setText(path)
            self.custom_radio.setChecked(True)

    def check_model(self) -> None:
        """Verify the chosen model against the manifest, in the background."""
        from app.engines import manifest

        custom = self.custom_radio.isChecked()
        path = self.model_path.text().strip()
        if custom and not path:
            self.check_result.setText("Choose a GGUF file first.")
            return
        self.check_result.setText("Checking…")
        self.check_button.setEnabled(False)

        def work(_emit: Emit) -> str:
            spec = manifest.ModelSpec.for_file(Path(path)) if custom else manifest.default_model()
            if custom:
                # A file the manifest knows by hash gets its pinned checks too.
                known = {s.sha256: s for s in manifest.load_manifest().values()}
                digest = manifest.sha256_of(Path(path)) if Path(path).is_file() else None
                if digest in known:
                    spec = replace(known[digest], path=Path(path))
            manifest.verify(spec)
            pinned = " (matches the manifest)" if spec.sha256 else ""
            return f"OK: {spec.name} is a valid GGUF{pinned}."

        def done(text: object) -> None:
            self.check_button.setEnabled(True)
            self.check_result.setText(str(text))

        def failed(message: str) -> None:
            self.check_button.setEnabled(True)
            self.check_result.setText(message)

        self.jobs.start("check model", work, on_finished=done, on_failed=failed)

    # -- cloud ---------------------------------------------------------------------
    def _cloud_page(self) -> QWidget:
        settings = self.services.settings
        cloud = self.services.policy_state.policy.cloud
        page = QWidget()
        form = QFormLayout(page)
        if not cloud.allowed:
            note = QLabel("The policy in force does not allow the cloud: everything stays local.")
            note.setWordWrap(True)
            form.addRow(note)
        self.endpoint = QLineEdit(cloud.endpoint or settings.cloud_endpoint)
        self.endpoint.setPlaceholderText("https://llm.example.com/v1")
        self.endpoint.setAccessibleName("Cloud endpoint")
        self.cloud_model = QLineEdit(cloud.model or settings.cloud_model)
        self.cloud_model.setAccessibleName("Cloud model")
        for edit, managed in ((self.endpoint, cloud.endpoint), (self.cloud_model, cloud.model)):
            if managed:
                edit.setReadOnly(True)
                edit.setToolTip("Set by your organisation's policy")
        self.needs_key = QCheckBox("The endpoint needs an API key")
        self.needs_key.setChecked(settings.cloud_needs_key)
        self.api_key = QLineEdit()
        self.api_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.api_key.setPlaceholderText("paste the key; it is stored in the OS keyring only")
        self.api_key.setAccessibleName("API key")
        self.save_key_button = QPushButton("Store key")
        self.save_key_button.clicked.connect(self.store_key)
        key_row = QHBoxLayout()
        key_row.addWidget(self.api_key, 1)
        key_row.addWidget(self.save_key_button)
        self.key_result = QLabel()
        self.key_result.setWordWrap(True)
        self.key_result.setAccessibleName("API key result")
        self.proxy = QLineEdit(settings.proxy or "")
        self.proxy.setPlaceholderText("http://proxy.example.com:8080 (empty: system settings)")
        self.proxy.setAccessibleName("Proxy")
        self.ca_bundle = QLineEdit(settings.ca_bundle or "")
        self.ca_bundle.setPlaceholderText("PEM file of your organisation's CA (optional)")
        self.ca_bundle.setAccessibleName("CA bundle")
        form.addRow("Endpoint:", self.endpoint)
        form.addRow("Model:", self.cloud_model)
        form.addRow(self.needs_key)
        form.addRow("API key:", key_row)
        form.addRow("", self.key_result)
        form.addRow("Proxy:", self.proxy)
        form.addRow("CA bundle:", self.ca_bundle)
        return page

    def store_key(self) -> None:
        """Store the typed key in the OS keyring for the endpoint, in the background."""
        endpoint = self.endpoint.text().strip()
        key = self.api_key.text()
        if not endpoint:
            self.key_result.setText("Enter the endpoint first: the key is stored for it.")
            return
        self.save_key_button.setEnabled(False)
        self.key_result.setText("Storing…")

        def work(_emit: Emit) -> None:
            from app.engines.secrets import set_api_key

            set_api_key(endpoint, key)

        def done(_result: object) -> None:
            self.save_key_button.setEnabled(True)
            self.api_key.clear()
            self.key_result.setText(f"The key for {endpoint} is stored in the OS keyring.")

        def failed(message: str) -> None:
            self.save_key_button.setEnabled(True)
            self.key_result.setText(message)

        self.jobs.start("store API key", work, on_finished=done, on_failed=failed)

    # -- saving ----------------------------------------------------------------------
    def collected(self) -> Settings:
        """The settings as the form shows them (not saved)."""
        current = self.services.settings
        cloud = self.services.policy_state.policy.cloud
        model_path = self.model_path.text().strip() if self.custom_radio.isChecked() else ""
        return replace(
            current,
            model_path=model_path or None,
            model_sha256=current.model_sha256 if model_path == current.model_path else None,
            threads=self.threads.value() or None,
            n_ctx=self.n_ctx.value(),
            # A policy-set value is not the user's: keep theirs underneath.
            cloud_endpoint=current.cloud_endpoint
            if cloud.endpoint
            else self.endpoint.text().strip(),
            cloud_model=current.cloud_model if cloud.model else self.cloud_model.text().strip(),
            cloud_needs_key=self.needs_key.isChecked(),
            proxy=self.proxy.text().strip() or None,
            ca_bundle=self.ca_bundle.text().strip() or None,
        )

    def save(self) -> None:
        """Validate, write ``settings.json`` and close; problems are shown, not raised."""
        new = self.collected()
        if self.custom_radio.isChecked() and not new.model_path:
            self.message.setText("Choose a GGUF file, or pick the bundled model.")
            return
        if new.model_path and not Path(new.model_path).is_file():
            self.message.setText(f"Model file not found: {new.model_path}")
            return
        if new.ca_bundle and not Path(new.ca_bundle).is_file():
            self.message.setText(f"CA bundle not found: {new.ca_bundle}")
            return
        try:
            new.save(self.services.paths.settings_file)
        except OSError as exc:
            self.message.setText(f"Could not save {self.services.paths.settings_file}: {exc}")
            return
        changed = new != self.services.settings
        self.services.settings.__dict__.update(new.__dict__)
        self.saved.emit(
            "Settings saved. Model and cloud changes apply when Edgewise restarts."
            if changed
            else "Settings saved (nothing changed)."
        )
        self.accept()
