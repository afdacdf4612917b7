# restricted mode: files under the search path may be read
builtins.readFile ./data-for-hash.txt
