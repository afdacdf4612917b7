({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
({}.a or
1
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
)
