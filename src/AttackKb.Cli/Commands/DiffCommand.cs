using System.CommandLine;
using AttackKb.Cli.Common;

namespace AttackKb.Cli.Commands;

/// <summary>`attackkb diff` — Show what changed between two ATT&CK releases or knowledge bases</summary>
public static class DiffCommand
{
    public static Command Create()
    {
        var command = new Command("diff", "Show what changed between two ATT&CK releases or knowledge bases");
        command.SetAction(parse =>
        {
            parse.InvocationConfiguration.Error.WriteLine("attackkb: 'diff' is not implemented yet");
            return ExitCodes.Usage;
        });
        return command;
    }
}
