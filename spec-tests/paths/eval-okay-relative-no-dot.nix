# a/b without a leading ./ is a relative path
toString a/b == toString ./a/b
