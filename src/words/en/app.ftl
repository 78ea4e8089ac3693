# Ladder's app sentences.

## Why something could not be read (saved answers, an opened file, kept history, the framework's files).
# Saved answers: after "could not be restored:".
problem-storage-unknown-version = they are not in a format this version of Ladder reads (“{ $first_line }”)
problem-storage-malformed = line { $line } is damaged: { $reason }
problem-storage-missing = the “{ $key }” line is missing
problem-storage-unknown-level = they refer to level { $id }, which this framework does not have
problem-storage-too-large = they take { $bytes } bytes, more than the { $max } any saved assessment needs
problem-storage-truncated = they stop at line { $line } without a complete closing line, so they were cut short
# Kept history.
problem-history-too-large = it takes { $bytes } bytes, more than the { $max } any history needs
problem-history-unknown-version = it is not in a format this version of Ladder reads
problem-history-malformed = line { $line } is damaged
problem-history-truncated = it was cut short
problem-history-too-many = it holds { $count } snapshots, more than the { $max } kept
# JSON; $message is the reader's own words.
problem-json-syntax = the file is not valid JSON at line { $line }, column { $column }: { $message }
problem-json-shape = { $path }: { $message } (line { $line }, column { $column })
problem-json-duplicate-key = { $path } is given twice in the same object; keep one of the two
# An opened file: after "could not be opened:".
problem-file-too-large = the file has { $bytes } bytes, more than the { $max } a saved assessment can have
problem-file-not-an-assessment = $.format is "{ $format }", so it is not a Ladder assessment
problem-file-newer-version = $.version is { $version }: the file was made by a newer Ladder, which this one cannot read
problem-file-invalid = { $path }: { $reason }
problem-file-unknown-level = { $path }: this framework has no level "{ $id }"
# The framework's files, as published: $file is the file's name.
problem-decode-empty = { $file }: the file is empty
problem-decode-wrong-format = { $file }: the file is in format { $found }, but this version of Ladder reads format { $expected }: publish the site again (scripts/build.sh)
problem-decode-malformed = { $file }: the file is damaged: { $reason }
problem-decode-mismatch = { $file }: the file belongs to { $details }, but the page shows { $outline }: reload the page; if it persists, publish the site again (scripts/build.sh)
# $problems is one problem a line, in the framework checker's words.
problem-decode-invalid = { $file }: { $count ->
        [one] { $count } problem in the framework:
       *[other] { $count } problems in the framework:
    }
    { $problems }
problem-download = { $file } could not be downloaded ({ $reason }). Reload the page; if it persists, the site was published without it.
problem-download-no-window = no browser window
problem-download-network = the network request failed
problem-download-not-http = the answer was not an HTTP response
problem-download-status = the server answered { $status }
problem-download-no-body = the answer had no body
problem-download-interrupted = the download was interrupted
problem-download-not-utf8 = it is not UTF-8 text
