using System.CommandLine;
using AttackKb.Cli.Common;

namespace AttackKb.Cli.Commands;

/// <summary>`attackkb show` — Show one technique as the knowledge base sees it</summary>
public static class ShowCommand
{
    public static Command Create()
    {
        var command = new Command("show", "Show one technique as the knowledge base sees it");
        command.SetAction(parse =>
        {
            parse.InvocationConfiguration.Error.WriteLine("attackkb: 'show' is not implemented yet");
            return ExitCodes.Usage;
        });
        return command;
    }
}
