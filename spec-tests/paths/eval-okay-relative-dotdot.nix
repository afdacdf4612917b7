# ../ paths are relative to the directory of the file (compared via toString)
toString ../paths/x == toString ./x
