using System.CommandLine;
using AttackKb.Cli.Common;

namespace AttackKb.Cli.Commands;

/// <summary>`attackkb site` — Generate the static reference site</summary>
public static class SiteCommand
{
    public static Command Create()
    {
        var command = new Command("site", "Generate the static reference site");
        command.SetAction(parse =>
        {
            parse.InvocationConfiguration.Error.WriteLine("attackkb: 'site' is not implemented yet");
            return ExitCodes.Usage;
        });
        return command;
    }
}
