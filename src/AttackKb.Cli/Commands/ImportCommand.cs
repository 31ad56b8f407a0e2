using System.CommandLine;
using AttackKb.Cli.Common;

namespace AttackKb.Cli.Commands;

/// <summary>`attackkb import` — Import techniques from an official ATT&CK bundle as canonical notes</summary>
public static class ImportCommand
{
    public static Command Create()
    {
        var command = new Command("import", "Import techniques from an official ATT&CK bundle as canonical notes");
        command.SetAction(parse =>
        {
            parse.InvocationConfiguration.Error.WriteLine("attackkb: 'import' is not implemented yet");
            return ExitCodes.Usage;
        });
        return command;
    }
}
