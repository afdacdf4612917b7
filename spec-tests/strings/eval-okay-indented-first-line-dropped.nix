# a first line containing only spaces is dropped
''   
  x
''
