# __curPos column counts from 1 and points to the token
[
    __curPos.line   __curPos.column
]
