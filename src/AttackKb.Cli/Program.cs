using System.CommandLine;
using System.Globalization;
using AttackKb.Cli.Commands;
using AttackKb.Cli.Common;

namespace AttackKb.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        int exit = Run(args, Console.Out, Console.Error);
        ProcessStats.ReportIfAsked(Console.Error);
        return exit;
    }

    /// <summary>Runs the CLI with the given writers (tests call this in-process).</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = BuildRoot();
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            // System.CommandLine reports parse errors with exit 1; our contract says usage problems are 2.
            foreach (var error in parse.Errors) stderr.WriteLine($"attackkb: {error.Message}");
            stderr.WriteLine("Run 'attackkb --help' for usage.");
            return ExitCodes.Usage;
        }
        try
        {
            return parse.Invoke(new InvocationConfiguration
            {
                Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false,
            });
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"attackkb: {e.Message}");
            return ExitCodes.Usage;
        }
        catch (Exception e)
        {
            stderr.WriteLine($"attackkb: internal error: {e}");
            return ExitCodes.InternalError;
        }
    }

    public static RootCommand BuildRoot()
    {
        var root = new RootCommand(
            "attackkb — lint, export and publish a MITRE ATT&CK® knowledge base kept as markdown notes");
        foreach (var command in new[]
                 {
                     ListCommand.Create(), ShowCommand.Create(), LintCommand.Create(), RulesCommand.Create(),
                     StixCommand.Create(), SiteCommand.Create(), LayerCommand.Create(), BuildCommand.Create(),
                     ImportCommand.Create(), DiffCommand.Create(), AttackCommand.Create(),
                     PublishCommand.Create(), TaxiiCommand.Create(), ServeCommand.Create(),
                 })
            root.Subcommands.Add(command);
        return root;
    }
}
