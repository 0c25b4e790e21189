"""Benchmarks (run as scripts: see bench/README.md); a package so the scripts share modules."""
