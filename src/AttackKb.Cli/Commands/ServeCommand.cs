using System.CommandLine;
using AttackKb.Cli.Common;
using AttackKb.Serve;

namespace AttackKb.Cli.Commands;

/// <summary>
/// `attackkb serve [data] [--port 8080] [--host 127.0.0.1] [--open]` — the site in memory over HTTP, rebuilt when a
/// file of the KB changes, with live reload and lint banners in the served pages only. Runs until Ctrl-C (exit 0).
/// Progress and rebuild times go to stderr.
/// </summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var data = CommonOptions.DataFolder();
        var config = CommonOptions.Config();
        var attack = CommonOptions.Attack();
        var port = new Option<int>("--port")
        {
            Description = "TCP port (default 8080; 0 picks a free one)", DefaultValueFactory = _ => 8080,
        };
        var host = new Option<string>("--host")
        {
            Description = "Address to listen on (default 127.0.0.1; anything else is reachable from other machines)",
            DefaultValueFactory = _ => ServeOptions.Loopback,
        };
        var open = new Option<bool>("--open") { Description = "Open the site in the default browser (xdg-open)" };
        var command = new Command("serve", "Serve the site locally, rebuilt and reloaded as the notes change")
        {
            data, config, attack, port, host, open,
        };
        command.SetAction(parse =>
        {
            var err = parse.InvocationConfiguration.Error;
            string? folder = parse.GetValue(data), configPath = parse.GetValue(config);
            string? attackPath = parse.GetValue(attack);
            var options = new ServeOptions(parse.GetValue(host)!, parse.GetValue(port));
            if (options.Port is < 0 or > 65535) throw new UsageException($"--port out of range: {options.Port}");
            if (!options.IsLoopback)
                err.WriteLine($"attackkb: warning: serving on {options.Host}: other machines can read the site");
            var server = SiteServer.StartAsync(() => Source(folder, configPath, attackPath), options, err)
                .GetAwaiter().GetResult();
            try
            {
                if (parse.GetValue(open)) Browser.Open(server.Url, err);
                server.StopRequested.GetAwaiter().GetResult();   // Ctrl-C or SIGTERM stops the host
            }
            finally { server.DisposeAsync().AsTask().GetAwaiter().GetResult(); }
            err.WriteLine("attackkb: serve: stopped");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The KB as every command opens it; called again when its config or release changes.</summary>
    internal static ServeSource Source(string? folder, string? configPath, string? attackPath)
    {
        var workspace = Workspace.Open(folder, configPath, attackPath);
        var options = SiteCommand.Options(workspace, baseUrl: null);
        string?[] watched =
        [
            workspace.ConfigPath, workspace.ReleasePath,
            options.SincePath is { } since ? Path.Combine(workspace.Root, since) : null,
        ];
        return new ServeSource(workspace.Root, workspace.Config, workspace.Release, options)
        {
            RebuildAllFiles = watched.OfType<string>().Select(Path.GetFullPath).ToArray(),
        };
    }
}
