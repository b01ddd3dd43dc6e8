//! `gatehouse completions SHELL`: the shell's completion script for every subcommand and flag,
//! made by clap_complete from the same definitions the parser uses.

use clap::Args;
use clap_complete::Shell;

/// `gatehouse completions`.
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell: bash, zsh, fish, elvish or powershell.
    shell: Shell,
}

/// Prints the completion script of `args.shell` for `command` on standard output.
pub fn run(args: CompletionsArgs, command: &mut clap::Command) {
    clap_complete::generate(args.shell, command, "gatehouse", &mut std::io::stdout());
}
