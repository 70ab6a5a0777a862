from comptool.cli import main

main(prog_name="comptool")
