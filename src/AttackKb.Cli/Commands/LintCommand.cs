using System.CommandLine;
using AttackKb.Cli.Common;

namespace AttackKb.Cli.Commands;

/// <summary>`attackkb lint` — Validate the knowledge base against the pinned ATT&CK release</summary>
public static class LintCommand
{
    public static Command Create()
    {
        var command = new Command("lint", "Validate the knowledge base against the pinned ATT&CK release");
        command.SetAction(parse =>
        {
            parse.InvocationConfiguration.Error.WriteLine("attackkb: 'lint' is not implemented yet");
            return ExitCodes.Usage;
        });
        return command;
    }
}
