# ./. is the directory containing the file
baseNameOf ./. == "paths"
