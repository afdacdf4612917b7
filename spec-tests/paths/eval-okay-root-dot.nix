# /. is the root directory
/.
