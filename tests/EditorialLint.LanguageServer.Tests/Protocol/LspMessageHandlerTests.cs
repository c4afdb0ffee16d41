using EditorialLint.Core.Tests.Properties;
using System.Text;
using CsCheck;
using EditorialLint.LanguageServer.Protocol;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace EditorialLint.LanguageServer.Tests.Protocol;

public class LspMessageHandlerTests
{
    private static byte[] Frame(string json) => Encoding.UTF8.GetBytes($"Content-Length: {Encoding.UTF8.GetByteCount(json)}\r\n\r\n{json}");

    private static async Task<(List<JsonRpcMessage> Messages, string Output)> ReadAll(byte[] input)
    {
        var output = new MemoryStream();
        using var handler = new LspMessageHandler(new MemoryStream(input), output, new SystemTextJsonFormatter());
        var messages = new List<JsonRpcMessage>();
        while (await handler.ReadAsync(CancellationToken.None) is { } message)
        {
            messages.Add(message);
        }
        return (messages, Encoding.UTF8.GetString(output.ToArray()));
    }

    [Fact]
    public async Task Reads_frames_and_skips_bad_ones_answering_with_errors()
    {
        var input = new MemoryStream();
        input.Write(Frame("""{"jsonrpc":"2.0","method":"a","params":{}}"""));
        input.Write(Frame("""{"jsonrpc":"2.0", broken"""));
        input.Write(Encoding.ASCII.GetBytes("Content-Type: text/plain\r\n\r\n"));
        input.Write(Frame("""{"jsonrpc":"2.0","id":4,"method":false}"""));
        const string last = """{"jsonrpc":"2.0","method":"b","id":1}""";
        input.Write(Encoding.ASCII.GetBytes($"content-length: {last.Length}\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n"));
        input.Write(Encoding.UTF8.GetBytes(last));

        var (messages, output) = await ReadAll(input.ToArray());

        Assert.Equal(["a", "b"], messages.OfType<JsonRpcRequest>().Select(r => r.Method));
        Assert.Contains("\"code\":-32700", output, StringComparison.Ordinal);
        Assert.Contains("\"id\":4,\"error\":{\"code\":-32600", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Input_that_ends_inside_a_frame_ends_the_stream_quietly()
    {
        var frame = Frame("""{"jsonrpc":"2.0","method":"a"}""");
        var (messages, _) = await ReadAll(frame[..^5]);
        Assert.Empty(messages);
    }

    [Fact]
    public void Arbitrary_bytes_never_throw_and_a_valid_frame_after_a_header_boundary_is_read()
    {
        // Random bytes without a line feed form one header block with no Content-Length: skipped, then the frame is read.
        PropertyRunner.Check("framing.garbage-then-frame", Gen.Byte.Where(b => b != (byte)'\n').Array[0, 300], garbage =>
        {
            var input = garbage.Concat(Encoding.ASCII.GetBytes("\r\n\r\n")).Concat(Frame("""{"jsonrpc":"2.0","method":"ok"}""")).ToArray();
            var (messages, _) = Task.Run(() => ReadAll(input)).GetAwaiter().GetResult();
            Assert.Equal("ok", Assert.IsType<JsonRpcRequest>(Assert.Single(messages), exactMatch: false).Method);
        }, baseSeed: 9_000_000, iterations: 300, print: g => Convert.ToHexString(g));
    }
}
