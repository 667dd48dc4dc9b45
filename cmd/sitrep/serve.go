package main

import (
	"context"
	"log/slog"

	"sitrep"
	"sitrep/web"
)

func cmdServe(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "serve", "")
	st := storeFlag(fs, e)
	addr := fs.String("addr", "127.0.0.1:8080", "`host:port` to listen on (loopback by default)")
	token := fs.String("token", e.getenv("SITREP_TOKEN"), "token for writes, and for every request beyond loopback (default $SITREP_TOKEN)")
	var pc pipelineConfig
	pc.register(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	open := web.IsLoopback(*addr)
	if !open && *token == "" {
		return usageError{"listening beyond loopback needs --token (or $SITREP_TOKEN)"}
	}
	s, err := openStore(ctx, *st)
	if err != nil {
		return err
	}
	defer s.Close()
	p, err := buildPipeline(pc)
	if err != nil {
		return err
	}
	ingest := func(ctx context.Context, d *sitrep.Document) (sitrep.PutResult, error) {
		if ok, err := alreadyStored(ctx, s, d); err != nil || ok {
			return sitrep.PutResult{}, err
		}
		if err := p.Process(d); err != nil {
			return sitrep.PutResult{}, sitrep.Errorf(sitrep.EInvalid, "annotating the article: %v", err)
		}
		return s.PutDocument(ctx, d)
	}
	srv, err := web.New(s, ingest, *token, open)
	if err != nil {
		return err
	}
	srv.Logger = slog.New(slog.NewTextHandler(e.stderr, nil))
	return srv.ListenAndServe(ctx, *addr)
}
