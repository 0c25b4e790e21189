"""The demo ecosystem of Hanoi: real public bodies with public facts, invented companies and people.

`load_demo()` creates everything through the registry services and returns counts; the caller commits."""
from .loader import load_demo

__all__ = ["load_demo"]
