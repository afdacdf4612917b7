# A character device cannot be copied to the store (interpolation copies it)
"${/dev/null}"
