"""Builds the running app's parts from the paths, settings and policy in force.

Used by the command line and the UI alike, so both take the same request path.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.copilot import Copilot
from app.engines.cloud import CloudConfig, CloudEngine
from app.engines.local import LocalEngine
from app.engines.manifest import ModelSpec
from app.history import History
from app.paths import Paths
from app.retrieval import KnowledgeRetriever
from app.settings import Settings
from router.audit import AuditLog
from router.policy import PolicyState, load_in_force


@dataclass
class Services:
    """Everything a front end needs, wired together."""

    paths: Paths
    settings: Settings
    policy_state: PolicyState
    local: LocalEngine
    cloud: CloudEngine | None
    history: History
    audit: AuditLog
    copilot: Copilot
    retriever: KnowledgeRetriever

    def close(self) -> None:
        self.retriever.close()
        self.history.close()
        if self.cloud is not None:
            self.cloud.close()


def cloud_config(state: PolicyState, settings: Settings) -> CloudConfig | None:
    """The cloud set-up: the policy's endpoint and model win over the user's."""
    cloud = state.policy.cloud
    if not cloud.allowed:
        return None
    endpoint = cloud.endpoint or settings.cloud_endpoint
    model = cloud.model or settings.cloud_model
    if not endpoint or not model:
        return None
    return CloudConfig(
        endpoint=endpoint,
        model=model,
        needs_key=settings.cloud_needs_key,
        auth_style="api-key" if settings.cloud_auth_style == "api-key" else "bearer",
        api_version=settings.cloud_api_version,
        ca_bundle=Path(settings.ca_bundle) if settings.ca_bundle else None,
        proxy=settings.proxy,
    )


def local_engine(settings: Settings) -> LocalEngine:
    spec = None
    if settings.model_path:
        spec = ModelSpec.for_file(Path(settings.model_path), sha256=settings.model_sha256)
    return LocalEngine(spec, n_threads=settings.threads, n_ctx=settings.n_ctx)


def build_services(paths: Paths | None = None, *, allow_cloud: bool = True) -> Services:
    """Wire the app together. Nothing slow happens here: the model loads lazily."""
    paths = paths or Paths.from_env()
    settings = Settings.load(paths.settings_file)
    state = load_in_force(paths)
    local = local_engine(settings)
    config = cloud_config(state, settings) if allow_cloud else None
    cloud = CloudEngine(config) if config is not None else None
    history = History(paths.history_db)
    audit = AuditLog(paths.audit_log)
    rules = tuple((k.glob, k.level) for k in state.policy.knowledge_paths)
    retriever = KnowledgeRetriever(paths.knowledge_dir, rules)
    copilot = Copilot(
        policy=lambda: state.policy,
        local=local,
        cloud=cloud,
        cloud_endpoint=config.endpoint if config else "",
        history=history,
        audit=audit,
        retriever=retriever,
    )
    return Services(paths, settings, state, local, cloud, history, audit, copilot, retriever)
