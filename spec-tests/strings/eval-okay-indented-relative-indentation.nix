# lines indented by different amounts keep their relative indentation
''
      deep
   shallow
        deeper
''
