# abort stops evaluation with a message
abort "fatal"
