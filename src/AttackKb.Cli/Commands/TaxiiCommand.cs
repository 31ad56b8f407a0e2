using System.CommandLine;
using System.Text.Json;
using AttackKb.Cli.Common;
using AttackKb.Reporting;
using AttackKb.Stix.Taxii;

namespace AttackKb.Cli.Commands;

/// <summary>
/// `attackkb taxii collections URL` — what a TAXII 2.1 server offers: API roots and their collections.
/// </summary>
public static class TaxiiCommand
{
    public static Command Create()
    {
        var command = new Command("taxii", "Explore TAXII 2.1 servers");
        command.Subcommands.Add(Collections());
        return command;
    }

    private static Command Collections()
    {
        var url = new Argument<string>("url")
        {
            Description = "The server's discovery URL (…/taxii2/) or an API root",
        };
        var format = CommonOptions.Format("text", "json");
        var connection = new TaxiiConnectionOptions();
        var command = new Command(
            "collections", "List a server's API roots and collections, with what the credentials may do")
        {
            url, format,
        };
        connection.AddTo(command);
        command.SetAction(parse =>
        {
            var err = parse.InvocationConfiguration.Error;
            var target = connection.Url(parse, parse.GetValue(url)!);
            using var client = new TaxiiClient(connection.ClientOptions(parse, err));
            IReadOnlyList<TaxiiApiRootInfo> roots;
            try
            {
                roots = TaxiiDiscovery.Discover(client, target);
            }
            catch (TaxiiException e)
            {
                err.WriteLine($"attackkb: taxii: {e.Message}");
                return ExitCodes.DataErrors;
            }
            var o = parse.InvocationConfiguration.Output;
            if (parse.GetValue(format) == "json") WriteJson(o, roots);
            else WriteText(o, roots);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void WriteText(TextWriter o, IReadOnlyList<TaxiiApiRootInfo> roots)
    {
        foreach (var root in roots)
        {
            o.WriteLine($"{root.Url}  {root.Title}");
            foreach (var c in root.Collections)
            {
                string access = (c.CanRead, c.CanWrite) switch
                {
                    (true, true) => "read+write",
                    (true, false) => "read",
                    (false, true) => "write",
                    _ => "no access",
                };
                o.WriteLine($"  {c.Id}  {access,-10}  {c.Title}");
                o.WriteLine($"    {c.Url}");
            }
        }
    }

    private static void WriteJson(TextWriter o, IReadOnlyList<TaxiiApiRootInfo> roots)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, JsonOutput.Options))
        {
            w.WriteStartArray();
            foreach (var root in roots)
            {
                w.WriteStartObject();
                w.WriteString("url", root.Url.AbsoluteUri);
                w.WriteString("title", root.Title);
                if (root.MaxContentLength is { } max) w.WriteNumber("max_content_length", max);
                w.WriteStartArray("collections");
                foreach (var c in root.Collections)
                {
                    w.WriteStartObject();
                    w.WriteString("id", c.Id);
                    w.WriteString("title", c.Title);
                    if (c.Description is { } d) w.WriteString("description", d);
                    w.WriteBoolean("can_read", c.CanRead);
                    w.WriteBoolean("can_write", c.CanWrite);
                    w.WriteString("url", c.Url.AbsoluteUri);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        JsonOutput.Write(o, stream);
    }
}
