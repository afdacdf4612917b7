# .. segments are resolved lexically
/a/b/../c
