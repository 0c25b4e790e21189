"""A rebuild worker process: `python -m ecosystem.search.whoosh.rebuild_worker INDEX_DIR`.

Reads pickled batches of SearchDocuments from stdin until a pickled None, writes them into one
new segment of the index (without committing it, and without the write lock, which the parent
holds), and answers with the pickled segment on stdout. See `rebuild`."""
import os
import pickle
import sys

from whoosh.filedb.filestore import FileStorage

from .segment_writer import BulkWriter


class WorkerStorage(FileStorage):
    """The index folder, with temporary files in a folder of this process's own.

    Whoosh names a writer's temporary folder after the index and removes it when the writer
    finishes, which would pull it from under the other workers."""

    def temp_storage(self, name=None):
        return super().temp_storage(f"{name or 'rebuild'}.{os.getpid()}")


def write_segment(index_dir, stream):
    """Index every batch read from `stream`; return the new segment (None without documents)."""
    ix = WorkerStorage(index_dir).open_index()
    writer = BulkWriter(ix, _lk=False)
    try:
        while True:
            batch = pickle.load(stream)
            if batch is None:
                break
            for document in batch:
                writer.add_search_document(document)
        if writer.doc_count() == 0:
            return None
        return writer.finish_partial()
    finally:
        if not writer.is_closed:
            writer.cancel()


def main(argv):
    segment = write_segment(argv[1], sys.stdin.buffer)
    pickle.dump(segment, sys.stdout.buffer, pickle.HIGHEST_PROTOCOL)
    sys.stdout.buffer.flush()


if __name__ == "__main__":
    main(sys.argv)
