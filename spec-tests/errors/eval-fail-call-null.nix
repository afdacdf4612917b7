# calling null
null 1
