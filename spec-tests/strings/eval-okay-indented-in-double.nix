# two single quotes are plain text in a double-quoted string
"it''s"
