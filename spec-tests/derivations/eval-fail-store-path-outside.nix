# storePath needs a path in the store.
builtins.storePath "/etc/passwd"
