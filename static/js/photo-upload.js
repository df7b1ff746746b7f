/* Photos from a phone on a slow, paid connection (DESIGN.md §4): each chosen photo is shrunk in the
   browser (long edge 2048 px, JPEG) and sent alone, two at a time, with a progress bar; a dropped
   connection or a server error is retried after 2, 5 and 10 seconds; a refused photo shows the server's
   reason with "Try again" and "Remove". The page works without this script (the form posts the files
   as they are); this only makes it lighter and kinder.
   Markup (templates/catalogue/my/photos.html): form.photo-add[data-upload-url] with data-count,
   data-limit and data-text-* (every text, translated by the template), its input[name=photos] and
   ul[data-uploads]; outside it ol[data-photo-list], [data-photo-count], [data-photos-empty],
   [data-photos-full] and [data-review-unsent]. The server answers 201 {html, count, count_text, full,
   awaiting_review, messages} or 400 {error}. */
(function () {
  "use strict";
  const form = document.querySelector("form.photo-add[data-upload-url]");
  if (!form || !window.FormData || !window.XMLHttpRequest || !window.Promise) return;
  const input = form.querySelector('input[type="file"][name="photos"]');
  const rows = form.querySelector("[data-uploads]");
  const list = document.querySelector("[data-photo-list]");
  const tokenInput = form.querySelector('input[name="csrfmiddlewaretoken"]');
  if (!input || !rows || !list || !tokenInput) return;

  const LONG_EDGE = 2048;
  const QUALITY = 0.7;
  const AT_ONCE = 2;
  const RETRY_DELAYS = [2000, 5000, 10000];
  // An original photo of 13 MB takes over two minutes at 750 kbps: only a stalled send times out.
  const TIMEOUT = 300000;
  const DONE_ROW_KEPT = 4000;

  const limit = parseInt(form.getAttribute("data-limit"), 10) || 10;
  let count = parseInt(form.getAttribute("data-count"), 10) || 0;
  let reserved = 0; // places taken by photos queued or on their way
  let active = 0;
  const queue = [];

  const text = (name) => form.getAttribute("data-text-" + name) || "";
  const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

  function element(tag, className, content) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (content) node.textContent = content;
    return node;
  }

  function makeRow(job) {
    const li = element("li", "upload");
    li.setAttribute("data-state", "queued");
    const name = element("span", "name", job.file.name || "");
    const bar = element("progress");
    bar.max = 100;
    bar.value = 0;
    bar.setAttribute("aria-label", job.file.name || "");
    const state = element("span", "upload-state");
    const buttons = element("span", "again");
    buttons.hidden = true;
    const retry = element("button", "button second", text("retry"));
    retry.type = "button";
    retry.setAttribute("data-upload-retry", "");
    retry.addEventListener("click", () => start(job));
    const remove = element("button", "link", text("remove"));
    remove.type = "button";
    remove.setAttribute("data-upload-remove", "");
    remove.addEventListener("click", () => li.remove());
    buttons.append(retry, remove);
    li.append(name, bar, state, buttons);
    return { li, bar, state, buttons };
  }

  function show(job, state, message, progress) {
    job.row.li.setAttribute("data-state", state);
    job.row.state.textContent = message;
    job.row.buttons.hidden = state !== "failed";
    if (progress === null) job.row.bar.removeAttribute("value"); // indeterminate while shrinking
    else if (progress !== undefined) job.row.bar.value = Math.round(progress * 100);
  }

  function add(file) {
    const job = { file: file, blob: null, row: null, placed: false };
    job.row = makeRow(job);
    rows.appendChild(job.row.li);
    start(job);
  }

  function start(job) {
    // Never send what the server would refuse for the limit: on a paid connection that costs money.
    if (count + reserved >= limit) {
      show(job, "failed", text("limit"), 0);
      return;
    }
    reserved += 1;
    job.placed = true;
    show(job, "queued", text("queued"), 0);
    queue.push(job);
    pump();
  }

  function release(job) {
    if (job.placed) {
      job.placed = false;
      reserved -= 1;
    }
  }

  function pump() {
    while (active < AT_ONCE && queue.length) {
      const job = queue.shift();
      active += 1;
      run(job).catch(() => fail(job, text("failed"))).then(() => {
        active -= 1;
        pump();
      });
    }
  }

  async function run(job) {
    if (!job.blob) {
      show(job, "preparing", text("preparing"), null);
      job.blob = await shrink(job.file);
    }
    for (let attempt = 0; ; attempt += 1) {
      show(job, "uploading", text("uploading"), 0);
      const answer = await send(job);
      if (answer.status === 201 && answer.data && answer.data.html) return done(job, answer.data);
      if (answer.status === 400 && answer.data && answer.data.error) return fail(job, answer.data.error);
      const worthRetrying = answer.status === 0 || answer.status >= 500;
      if (!worthRetrying || attempt >= RETRY_DELAYS.length) return fail(job, text("failed"));
      show(job, "retrying", text("retrying"), 0);
      await wait(RETRY_DELAYS[attempt]);
    }
  }

  /* A JPEG of at most LONG_EDGE px, upright; the file itself when it is small enough already, when the
     browser cannot decode it (HEIC on Android, a PDF: the server explains) or when shrinking gains
     nothing. */
  async function shrink(file) {
    if (!window.createImageBitmap) return file;
    let bitmap;
    try {
      bitmap = await createImageBitmap(file, { imageOrientation: "from-image" });
    } catch (error) {
      return file;
    }
    try {
      const longEdge = Math.max(bitmap.width, bitmap.height);
      if (longEdge <= LONG_EDGE) return file;
      const scale = LONG_EDGE / longEdge;
      const canvas = document.createElement("canvas");
      canvas.width = Math.max(1, Math.round(bitmap.width * scale));
      canvas.height = Math.max(1, Math.round(bitmap.height * scale));
      const context = canvas.getContext("2d");
      context.fillStyle = "#fff"; // a transparent PNG becomes a JPEG on white, as on the server
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.imageSmoothingQuality = "high";
      context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
      const blob = await new Promise((resolve) => canvas.toBlob(resolve, "image/jpeg", QUALITY));
      canvas.width = 0; // cheap phones have little memory: give the pixels back at once
      canvas.height = 0;
      return blob && blob.size < file.size ? blob : file;
    } catch (error) {
      return file;
    } finally {
      if (bitmap.close) bitmap.close();
    }
  }

  function uploadName(job) {
    const name = job.file.name || "photo";
    return job.blob === job.file ? name : name.replace(/\.[^.]*$/, "") + ".jpg";
  }

  /* One POST; resolves with {status, data}, status 0 when the connection failed. */
  function send(job) {
    return new Promise((resolve) => {
      const xhr = new XMLHttpRequest();
      xhr.open("POST", form.getAttribute("data-upload-url"));
      xhr.setRequestHeader("X-CSRFToken", tokenInput.value);
      xhr.setRequestHeader("X-Requested-With", "XMLHttpRequest");
      xhr.setRequestHeader("Accept", "application/json");
      xhr.timeout = TIMEOUT;
      xhr.upload.onprogress = (event) => {
        if (event.lengthComputable) show(job, "uploading", text("uploading"), event.loaded / event.total);
      };
      xhr.onload = () => {
        let data = null;
        try {
          data = JSON.parse(xhr.responseText);
        } catch (error) {
          data = null; // a sign-in page after a lost session: not a photo, shown as a failure
        }
        resolve({ status: xhr.status, data: data });
      };
      xhr.onerror = xhr.ontimeout = xhr.onabort = () => resolve({ status: 0, data: null });
      const body = new FormData();
      body.append("photo", job.blob, uploadName(job));
      xhr.send(body);
    });
  }

  function done(job, data) {
    release(job);
    count = typeof data.count === "number" ? data.count : count + 1;
    show(job, "done", text("done"), 1);
    list.insertAdjacentHTML("beforeend", data.html);
    const counter = document.querySelector("[data-photo-count]");
    if (counter && data.count_text) counter.textContent = data.count_text;
    const empty = document.querySelector("[data-photos-empty]");
    if (empty) empty.hidden = true;
    const review = document.querySelector("[data-review-unsent]");
    if (review && data.awaiting_review) review.hidden = false;
    const full = document.querySelector("[data-photos-full]");
    if (full && data.full) full.hidden = false;
    setTimeout(() => job.row.li.remove(), DONE_ROW_KEPT);
  }

  function fail(job, message) {
    release(job);
    show(job, "failed", message, 0);
  }

  form.classList.add("js");
  input.addEventListener("change", () => {
    Array.prototype.forEach.call(input.files, add);
    input.value = ""; // the same photo can be chosen again after a "Remove"
  });
  // The submit button is hidden with the script, but Enter or an old browser may still submit.
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    Array.prototype.forEach.call(input.files, add);
    input.value = "";
  });
  // Leaving the page would drop the photos still on their way: ask first.
  window.addEventListener("beforeunload", (event) => {
    if (active || queue.length) {
      event.preventDefault();
      event.returnValue = "";
    }
  });
})();
