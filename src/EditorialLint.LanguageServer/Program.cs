using EditorialLint.LanguageServer;

// Clients append transport flags (--stdio, --clientProcessId=N, ...): stdio is the only transport,
// so every argument is accepted and ignored except --version.
if (args.Contains("--version"))
{
    Console.WriteLine(typeof(LspServer).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
    return 0;
}

using var input = Console.OpenStandardInput();
using var output = Console.OpenStandardOutput();
// Nothing but protocol frames may reach stdout.
Console.SetOut(TextWriter.Null);
using var server = ServerComposition.Create(input, output, Console.Error);
return await server.RunAsync();
