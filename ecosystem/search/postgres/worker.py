"""An analysing worker of a rebuild: `python -m ecosystem.search.postgres.worker` (started by analysing.py).

It reads pickled batches of SearchDocuments on stdin and writes the pickled rows of each on stdout,
until stdin closes."""
import pickle
import sys

from .analysing import document_rows


def serve():
    """A batch of documents in, their rows out, until stdin closes."""
    source, sink = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # a stray print must not corrupt the stream of rows
    while True:
        try:
            batch = pickle.load(source)
        except EOFError:
            return
        pickle.dump(document_rows(batch), sink, protocol=pickle.HIGHEST_PROTOCOL)
        sink.flush()


if __name__ == "__main__":
    serve()
