using System.CommandLine;
using AttackKb.Cli.Common;

namespace AttackKb.Cli.Commands;

/// <summary>`attackkb list` — List every technique, detection and test in the knowledge base</summary>
public static class ListCommand
{
    public static Command Create()
    {
        var command = new Command("list", "List every technique, detection and test in the knowledge base");
        command.SetAction(parse =>
        {
            parse.InvocationConfiguration.Error.WriteLine("attackkb: 'list' is not implemented yet");
            return ExitCodes.Usage;
        });
        return command;
    }
}
