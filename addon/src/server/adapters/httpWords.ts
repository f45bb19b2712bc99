/**
 * What an HTTP status means, said in words: a user never sees a bare code ("lỗi 500") — ux.md,
 * "Errors say what happened and what to do, never a stack trace or an HTTP code alone".
 * The phrase follows the one who answered: "Google Drive …", "máy chủ PTĐV …".
 */
export function statusInWords(status: number | undefined): string {
  if (status === undefined) return 'không trả lời';
  if (status === 400 || status === 422) return 'không nhận dữ liệu gửi lên';
  if (status === 401) return 'chưa xác nhận được tài khoản đang dùng';
  if (status === 403) return 'không cho tài khoản đang dùng làm việc này';
  if (status === 404) return 'không tìm thấy nơi nhận';
  if (status === 408 || status === 504) return 'trả lời quá chậm';
  if (status === 409) return 'báo dữ liệu vừa được thay đổi ở nơi khác';
  if (status === 413) return 'báo dữ liệu gửi lên quá lớn';
  if (status === 429) return 'đang bận vì nhận quá nhiều yêu cầu';
  if (status >= 500) return 'đang gặp sự cố';
  return 'trả lời bất thường';
}
