# ''\n, ''\t, ''\r give control characters; ''\x gives x
[ ''a''\nb'' ''a''\tb'' ''a''\rb'' ''a''\xb'' ''a''\\b'' ]
