"""The PostgreSQL search backend: full text (tsvector, GIN) and trigrams over tables of its own."""
from .backend import PostgresBackend

__all__ = ["PostgresBackend"]
