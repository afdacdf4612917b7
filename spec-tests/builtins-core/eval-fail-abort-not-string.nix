# abort requires a string
abort { }
