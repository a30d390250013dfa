using RepayableAdvance.Studio;

var app = StudioHost.Build(args);
await app.RunAsync();
