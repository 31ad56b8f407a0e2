using System.CommandLine;
using AttackKb.Cli.Common;

namespace AttackKb.Cli.Commands;

/// <summary>`attackkb build` — Lint, export STIX and generate the site into one output folder</summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var command = new Command("build", "Lint, export STIX and generate the site into one output folder");
        command.SetAction(parse =>
        {
            parse.InvocationConfiguration.Error.WriteLine("attackkb: 'build' is not implemented yet");
            return ExitCodes.Usage;
        });
        return command;
    }
}
