# restricted mode: readFileType checks the whole path, without resolving links
builtins.readFileType /etc/passwd
