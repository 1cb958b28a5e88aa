"""HTTP API and web UI over a ``Store``: ``create_app(store)`` builds the FastAPI app,
``serve(db, host, port)`` runs it with uvicorn. Both need the ``web`` extra."""

from wirecoder.errors import Errors, WirecoderError

try:
    from wirecoder.web.app import create_app, serve
except ImportError as exc:  # fastapi is an extra: say how to get it
    if exc.name not in ("fastapi", "starlette", "uvicorn"):
        raise
    raise WirecoderError(Errors.E203.format(extra="web", what="the HTTP API and web UI")) \
        from exc

__all__ = ["create_app", "serve"]
