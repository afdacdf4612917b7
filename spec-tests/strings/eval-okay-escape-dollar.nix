# \$ is a literal dollar and \${ prevents interpolation
[ "\$" "\${x}" "a\$b" ]
